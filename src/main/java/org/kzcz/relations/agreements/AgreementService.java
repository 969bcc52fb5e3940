package org.kzcz.relations.agreements;

import java.time.LocalDate;
import java.util.Map;

import org.kzcz.relations.agreements.AgreementDetailResponse.MeetingRef;
import org.kzcz.relations.agreements.AgreementDetailResponse.Party;
import org.kzcz.relations.agreements.AgreementDetailResponse.ProjectRef;
import org.kzcz.relations.agreements.AgreementDetailResponse.Signatory;
import org.kzcz.relations.common.reads.Columns;
import org.kzcz.relations.common.reads.LinkedResources;
import org.kzcz.relations.common.problems.NotFoundException;
import org.kzcz.relations.common.paging.PageQuery;
import org.kzcz.relations.common.paging.PagedQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class AgreementService {

	/**
	 * Sortable fields. Unsigned agreements come last either way: {@code is null} sorts
	 * before the date and keeps ascending whatever the requested direction.
	 */
	static final Map<String, String> SORT_FIELDS = Map.of("signedOn", "a.signed_on is null, a.signed_on", "title",
			"a.title");

	/** The columns of an agreement in the list and in the detail. */
	private static final String COLUMNS = """
			a.slug, a.title, a.kind, a.status, a.signed_on, a.signed_precision, a.signed_city, a.signed_country,
			%s as sources""".formatted(LinkedResources.sources("agreement_source", "agreement_id", "a.id"));

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
				select %s,
				       array(select distinct ap.country_code::text from agreement_party ap
				             where ap.agreement_id = a.id order by 1) as party_countries
				from agreement a
				where (cast(:country as text) is null
				       or exists (select 1 from agreement_party ap where ap.agreement_id = a.id and ap.country_code = :country))
				  and (cast(:status as text) is null or a.status = :status)
				  and (cast(:kind as text) is null or a.kind = :kind)
				  and (cast(:signedFrom as date) is null or period_last_day(a.signed_on, a.signed_precision) >= :signedFrom)
				  and (cast(:signedTo as date) is null or a.signed_on <= :signedTo)
				"""
			.formatted(COLUMNS);
		return PagedQuery.run(this.jdbc, sql,
				page.orderBy(SORT_FIELDS, "a.signed_on desc nulls last, a.id desc", "a.id"), filter.params(), page,
				(rs, n) -> new AgreementResponse(rs.getString("slug"), rs.getString("title"),
						AgreementKind.valueOf(rs.getString("kind")), AgreementStatus.valueOf(rs.getString("status")),
						rs.getObject("signed_on", LocalDate.class), Columns.precision(rs, "signed_precision"),
						rs.getString("signed_city"), rs.getString("signed_country"),
						Columns.texts(rs, "party_countries"), AgreementResponse.self(rs.getString("slug")),
						Columns.sources(rs)));
	}

	/**
	 * One agreement in one statement whatever its size: the agreement with its sources,
	 * and as JSON built by PostgreSQL the meeting where it was signed, its parties,
	 * signatories and projects.
	 */
	AgreementDetailResponse find(String slug) {
		return this.jdbc
			.sql("""
					select %s, a.summary, a.version,
					       (select json_build_object('id', m.slug, 'title', m.title, 'startDate', m.start_date,
					                                 'datePrecision', m.date_precision, 'self', '/api/v1/meetings/' || m.slug)
					        from meeting m where m.id = a.meeting_id) as meeting,
					       (select coalesce(json_agg(json_build_object(
					                   'country', ap.country_code, 'countryName', c.name,
					                   'organization', case when o.id is not null then json_build_object(
					                       'id', o.slug, 'name', o.name, 'self', '/api/v1/organizations/' || o.slug) end)
					                 order by ap.country_code, o.name nulls first), '[]')
					        from agreement_party ap
					        join country c on c.code = ap.country_code
					        left join organization o on o.id = ap.organization_id
					        where ap.agreement_id = a.id) as parties,
					       (select coalesce(json_agg(json_build_object(
					                   'personId', p.slug, 'name', p.full_name, 'self', '/api/v1/officials/' || p.slug)
					                 order by p.full_name, p.slug), '[]')
					        from agreement_signatory sg join person p on p.id = sg.person_id
					        where sg.agreement_id = a.id) as signatories,
					       %s as projects
					from agreement a
					where a.slug = :slug
					"""
				.formatted(COLUMNS, LinkedResources.projects("agreement_project", "agreement_id", "a.id")))
			.param("slug", slug)
			.query((rs, n) -> new AgreementDetailResponse(rs.getString("slug"), rs.getString("title"),
					AgreementKind.valueOf(rs.getString("kind")), AgreementStatus.valueOf(rs.getString("status")),
					rs.getObject("signed_on", LocalDate.class), Columns.precision(rs, "signed_precision"),
					rs.getString("signed_city"), rs.getString("signed_country"), rs.getString("summary"),
					AgreementResponse.self(rs.getString("slug")), rs.getLong("version"),
					Columns.list(rs, "parties", Party.class), Columns.object(rs, "meeting", MeetingRef.class),
					Columns.list(rs, "signatories", Signatory.class), Columns.list(rs, "projects", ProjectRef.class),
					Columns.sources(rs)))
			.optional()
			.orElseThrow(() -> new NotFoundException("agreement", slug));
	}

}
