package org.kzcz.relations.agreements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.kzcz.relations.agreements.AgreementDetailResponse.MeetingRef;
import org.kzcz.relations.agreements.AgreementDetailResponse.OrganizationRef;
import org.kzcz.relations.agreements.AgreementDetailResponse.Party;
import org.kzcz.relations.agreements.AgreementDetailResponse.ProjectRef;
import org.kzcz.relations.agreements.AgreementDetailResponse.Signatory;
import org.kzcz.relations.common.DatePrecision;
import org.kzcz.relations.common.NotFoundException;
import org.kzcz.relations.common.PageQuery;
import org.kzcz.relations.common.PagedQuery;
import org.kzcz.relations.common.SourceRefs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AgreementService {

	/**
	 * Sortable fields. Unsigned agreements come last either way: {@code is null} sorts
	 * before the date and keeps ascending whatever the requested direction.
	 */
	static final Map<String, String> SORT_FIELDS = Map.of("signedOn", "a.signed_on is null, a.signed_on", "title",
			"a.title");

	private static final String SOURCES = """
			(select coalesce(json_agg(json_build_array(s.slug, s.title) order by s.slug), '[]') from agreement_source ags join source s on s.id = ags.source_id
			      where ags.agreement_id = a.id) as sources""";

	private final JdbcClient jdbc;

	AgreementService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Agreements matching every given filter, latest signed first, unsigned last. A
	 * signing date of lower precision stands for its whole period when compared with the
	 * range.
	 */
	PagedQuery.Page<AgreementResponse> list(AgreementFilter filter, PageQuery page) {
		String sql = """
				select a.slug, a.title, a.kind, a.status, a.signed_on, a.signed_precision, a.signed_city, a.signed_country,
				       array(select distinct ap.country_code::text from agreement_party ap
				             where ap.agreement_id = a.id order by 1) as party_countries,
				       %s
				from agreement a
				where (cast(:country as text) is null
				       or exists (select 1 from agreement_party ap where ap.agreement_id = a.id and ap.country_code = :country))
				  and (cast(:status as text) is null or a.status = :status)
				  and (cast(:kind as text) is null or a.kind = :kind)
				  and (cast(:signedFrom as date) is null or period_last_day(a.signed_on, a.signed_precision) >= :signedFrom)
				  and (cast(:signedTo as date) is null or a.signed_on <= :signedTo)
				"""
			.formatted(SOURCES);
		return PagedQuery.run(this.jdbc, sql,
				page.orderBy(SORT_FIELDS, "a.signed_on desc nulls last, a.id desc", "a.id"), filter.params(), page,
				(rs, n) -> new AgreementResponse(rs.getString("slug"), rs.getString("title"),
						AgreementKind.valueOf(rs.getString("kind")), AgreementStatus.valueOf(rs.getString("status")),
						rs.getObject("signed_on", LocalDate.class), precision(rs, "signed_precision"),
						rs.getString("signed_city"), rs.getString("signed_country"),
						Arrays.asList((String[]) rs.getArray("party_countries").getArray()),
						AgreementResponse.self(rs.getString("slug")), SourceRefs.fromJson(rs.getString("sources"))));
	}

	/**
	 * One agreement in four statements whatever its size: the agreement (with the meeting
	 * where it was signed, and its sources), parties, signatories and projects.
	 */
	AgreementDetailResponse find(String slug) {
		Head head = this.jdbc.sql("""
				select a.id, a.slug, a.title, a.kind, a.status, a.signed_on, a.signed_precision, a.signed_city,
				       a.signed_country, a.summary, a.version,
				       m.slug as meeting_slug, m.title as meeting_title, m.start_date as meeting_start_date,
				       m.date_precision as meeting_date_precision,
				       %s
				from agreement a
				left join meeting m on m.id = a.meeting_id
				where a.slug = :slug
				""".formatted(SOURCES))
			.param("slug", slug)
			.query((rs, n) -> new Head(rs.getLong("id"), rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("agreement", slug));
		long id = head.id();
		return head.withChildren(parties(id), signatories(id), projects(id));
	}

	private List<Party> parties(long agreementId) {
		return this.jdbc.sql("""
				select ap.country_code, c.name as country_name, o.slug, o.name
				from agreement_party ap
				join country c on c.code = ap.country_code
				left join organization o on o.id = ap.organization_id
				where ap.agreement_id = :id
				order by ap.country_code, o.name nulls first
				""")
			.param("id", agreementId)
			.query((rs, n) -> new Party(rs.getString("country_code"), rs.getString("country_name"),
					OrganizationRef.of(rs.getString("slug"), rs.getString("name"))))
			.list();
	}

	private List<Signatory> signatories(long agreementId) {
		return this.jdbc.sql("""
				select p.slug, p.full_name
				from agreement_signatory sg
				join person p on p.id = sg.person_id
				where sg.agreement_id = :id
				order by p.full_name, p.slug
				""")
			.param("id", agreementId)
			.query((rs, n) -> new Signatory(rs.getString("slug"), rs.getString("full_name"),
					"/api/v1/officials/" + rs.getString("slug")))
			.list();
	}

	private List<ProjectRef> projects(long agreementId) {
		return this.jdbc.sql("""
				select pr.slug, pr.name, pr.status
				from agreement_project ap
				join project pr on pr.id = ap.project_id
				where ap.agreement_id = :id
				order by pr.name
				""")
			.param("id", agreementId)
			.query((rs, n) -> new ProjectRef(rs.getString("slug"), rs.getString("name"), rs.getString("status"),
					"/api/v1/projects/" + rs.getString("slug")))
			.list();
	}

	private static DatePrecision precision(ResultSet rs, String column) throws SQLException {
		String value = rs.getString(column);
		return (value != null) ? DatePrecision.valueOf(value) : null;
	}

	/**
	 * The agreement row (with its meeting and sources), read before its other children.
	 */
	private record Head(long id, AgreementDetailResponse agreement) {

		Head(long id, ResultSet rs) throws SQLException {
			this(id, new AgreementDetailResponse(rs.getString("slug"), rs.getString("title"),
					AgreementKind.valueOf(rs.getString("kind")), AgreementStatus.valueOf(rs.getString("status")),
					rs.getObject("signed_on", LocalDate.class), precision(rs, "signed_precision"),
					rs.getString("signed_city"), rs.getString("signed_country"), rs.getString("summary"),
					AgreementResponse.self(rs.getString("slug")), rs.getLong("version"), List.of(), meeting(rs),
					List.of(), List.of(), SourceRefs.fromJson(rs.getString("sources"))));
		}

		private static MeetingRef meeting(ResultSet rs) throws SQLException {
			String slug = rs.getString("meeting_slug");
			return (slug != null) ? new MeetingRef(slug, rs.getString("meeting_title"),
					rs.getObject("meeting_start_date", LocalDate.class), precision(rs, "meeting_date_precision"),
					"/api/v1/meetings/" + slug) : null;
		}

		AgreementDetailResponse withChildren(List<Party> parties, List<Signatory> signatories,
				List<ProjectRef> projects) {
			AgreementDetailResponse a = this.agreement;
			return new AgreementDetailResponse(a.id(), a.title(), a.kind(), a.status(), a.signedOn(),
					a.signedPrecision(), a.signedCity(), a.signedCountry(), a.summary(), a.self(), a.version(), parties,
					a.meeting(), signatories, projects, a.sources());
		}

	}

}
