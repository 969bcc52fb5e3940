package org.kzcz.relations.agreements;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.kzcz.relations.agreements.AgreementRequest.Party;
import org.kzcz.relations.common.ConflictException;
import org.kzcz.relations.common.PartialDates;
import org.kzcz.relations.common.References;
import org.kzcz.relations.common.References.Kind;
import org.kzcz.relations.curation.CurationService;
import org.kzcz.relations.curation.CurationService.Resource;
import org.kzcz.relations.curation.CurationSupport;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Creates, replaces, patches and deletes agreements: what is an agreement's own in the
 * curation template (its signing and party rules, its child rows with a fixed number of
 * statements, its delete guard).
 */
@Service
class AgreementCurationService extends CurationService<Agreement, AgreementRequest, AgreementDetailResponse> {

	private static final Set<AgreementStatus> SIGNED = Set.of(AgreementStatus.SIGNED, AgreementStatus.IN_FORCE,
			AgreementStatus.EXPIRED);

	private final JdbcClient jdbc;

	AgreementCurationService(AgreementRepository agreements, AgreementService reads, CurationSupport support) {
		super(new Resource<>("agreement", AgreementRequest.class, agreements, Agreement::new, reads::find,
				AgreementRequest::of), support);
		this.jdbc = support.jdbc();
	}

	@Override
	protected void describe(Agreement agreement, AgreementRequest request, References.Check refs) {
		agreement.describe(request, refs.id(Kind.MEETING, request.meeting()));
	}

	/**
	 * Meeting outcomes that mention the agreement keep their text and lose the link
	 * (their meetings move to a new version); an outcome recording its signing would be
	 * left naming no agreement, so while one exists the delete is refused with 409.
	 * Parties, signatories, project links and citations go with it (the schema cascades).
	 */
	@Override
	protected void beforeDelete(Agreement agreement) {
		List<String> signedAt = this.jdbc.sql("""
				select distinct m.slug from meeting_outcome mo join meeting m on m.id = mo.meeting_id
				where mo.agreement_id = :id and mo.kind = 'AGREEMENT_SIGNED'
				order by m.slug
				""").param("id", agreement.getId()).query(String.class).list();
		if (!signedAt.isEmpty()) {
			throw new ConflictException(null, "The agreement is recorded as signed at meeting(s) "
					+ String.join(", ", signedAt) + "; change those outcomes first.");
		}
		this.jdbc.sql("""
				update meeting set version = version + 1, updated_at = now()
				where id in (select meeting_id from meeting_outcome where agreement_id = :id)
				""").param("id", agreement.getId()).update();
	}

	@Override
	protected void replaceChildren(Agreement agreement, AgreementRequest request, References.Check refs,
			boolean existing) {
		if (existing) {
			this.jdbc.sql("""
					with parties as (delete from agreement_party where agreement_id = :id),
					     signatories as (delete from agreement_signatory where agreement_id = :id),
					     projects as (delete from agreement_project where agreement_id = :id)
					delete from agreement_source where agreement_id = :id
					""").param("id", agreement.getId()).update();
		}
		insertChildren(agreement.getId(), request, refs);
	}

	/** The signing rules, the parties, and every reference the agreement makes. */
	@Override
	protected void check(AgreementRequest request, References.Check check) {
		checkSigning(request, check);
		check.require(Kind.COUNTRY, "signedCountry", request.signedCountry())
			.require(Kind.MEETING, "meeting", request.meeting());
		Set<Party> parties = new HashSet<>();
		for (int i = 0; i < request.parties().size(); i++) {
			Party party = request.parties().get(i);
			String field = "parties[" + i + "]";
			if (!parties.add(party)) {
				check.reject(field, "lists the same party twice");
			}
			check.require(Kind.COUNTRY, field + ".country", party.country())
				.require(Kind.ORGANIZATION, field + ".organization", party.organization());
		}
		check.requireAll(Kind.PERSON, "signatories", request.signatories())
			.requireAll(Kind.PROJECT, "projects", request.projects())
			.requireAll(Kind.SOURCE, "sources", request.sources());
	}

	/** A party's organization acts only for its own country. */
	@Override
	protected void checkResolved(AgreementRequest request, Agreement existing, References.Check check) {
		for (int i = 0; i < request.parties().size(); i++) {
			Party party = request.parties().get(i);
			if (check.exists(Kind.ORGANIZATION, party.organization()) && check.exists(Kind.COUNTRY, party.country())) {
				String home = check.country(Kind.ORGANIZATION, party.organization());
				if (!Objects.equals(home, party.country())) {
					check.reject("parties[" + i + "].organization",
							"'" + party.organization() + "' "
									+ ((home != null) ? "belongs to " + home : "has no country")
									+ ", so it cannot act for " + party.country());
				}
			}
		}
	}

	private static void checkSigning(AgreementRequest request, References.Check check) {
		if (request.signedOn() != null && !SIGNED.contains(request.status())) {
			check.reject("signedOn", "only a SIGNED, IN_FORCE or EXPIRED agreement has a signing date");
		}
		PartialDates.check(check, "signedOn", request.signedOn(), "signedPrecision", request.signedPrecision());
	}

	/** Inserts the child rows, one statement per kind whatever their number. */
	private void insertChildren(long id, AgreementRequest request, References.Check refs) {
		List<Party> parties = request.parties();
		this.jdbc.sql("""
				insert into agreement_party (agreement_id, country_code, organization_id)
				select :id, country, organization
				from unnest(cast(:countries as text[]), cast(:organizations as bigint[])) as p (country, organization)
				""")
			.param("id", id)
			.param("countries", parties.stream().map(Party::country).toArray(String[]::new))
			.param("organizations",
					parties.stream().map((p) -> refs.id(Kind.ORGANIZATION, p.organization())).toArray(Long[]::new))
			.update();
		if (!request.signatories().isEmpty()) {
			this.jdbc.sql("""
					insert into agreement_signatory (agreement_id, person_id)
					select :id, person from unnest(cast(:people as bigint[])) as s (person)
					""")
				.param("id", id)
				.param("people", refs.ids(Kind.PERSON, request.signatories()).toArray(Long[]::new))
				.update();
		}
		if (!request.projects().isEmpty()) {
			this.jdbc.sql("""
					insert into agreement_project (agreement_id, project_id)
					select :id, project from unnest(cast(:projects as bigint[])) as p (project)
					""")
				.param("id", id)
				.param("projects", refs.ids(Kind.PROJECT, request.projects()).toArray(Long[]::new))
				.update();
		}
		this.jdbc.sql("""
				insert into agreement_source (agreement_id, source_id)
				select :id, source from unnest(cast(:sources as bigint[])) as s (source)
				""")
			.param("id", id)
			.param("sources", refs.ids(Kind.SOURCE, request.sources()).toArray(Long[]::new))
			.update();
	}

}
