package org.kzcz.relations.agreements;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.kzcz.relations.agreements.AgreementRequest.Party;
import org.kzcz.relations.common.problems.ConflictException;
import org.kzcz.relations.common.curation.PartialDates;
import org.kzcz.relations.common.curation.References;
import org.kzcz.relations.common.curation.References.Kind;
import org.kzcz.relations.curation.ChildRows;
import org.kzcz.relations.curation.CurationService;
import org.kzcz.relations.curation.CurationService.Resource;
import org.kzcz.relations.curation.CurationSupport;

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

	AgreementCurationService(AgreementRepository agreements, AgreementService reads, CurationSupport support) {
		super(new Resource<>("agreement", AgreementRequest.class, agreements, Agreement::new, reads::find,
				AgreementRequest::of), support);
	}

	/**
	 * Meeting outcomes that mention the agreement keep their text and lose the link
	 * (their meetings move to a new version); an outcome recording its signing would be
	 * left naming no agreement, so while one exists the delete is refused with 409.
	 * Parties, signatories, project links and citations go with it (the schema cascades).
	 */
	@Override
	protected void beforeDelete(Agreement agreement) {
		List<String> signedAt = jdbc().sql("""
				select distinct m.slug from meeting_outcome mo join meeting m on m.id = mo.meeting_id
				where mo.agreement_id = :id and mo.kind = 'AGREEMENT_SIGNED'
				order by m.slug
				""").param("id", agreement.getId()).query(String.class).list();
		if (!signedAt.isEmpty()) {
			throw new ConflictException(null, "The agreement is recorded as signed at meeting(s) "
					+ String.join(", ", signedAt) + "; change those outcomes first.");
		}
		touch(agreement.getId(),
				new Referrer("meeting", "select meeting_id from meeting_outcome where agreement_id = :id"));
	}

	/**
	 * The child rows, one statement per kind (and one to clear them) whatever their
	 * number.
	 */
	@Override
	protected void replaceChildren(Agreement agreement, AgreementRequest request, References.Check refs,
			boolean existing) {
		long id = agreement.getId();
		if (existing) {
			ChildRows.deleteAll(jdbc(), "agreement_id", id, "agreement_party", "agreement_signatory",
					"agreement_project", "agreement_source");
		}
		ChildRows.of("agreement_party", request.parties())
			.owner("agreement_id", id)
			.column("country_code", "text", Party::country)
			.column("organization_id", "bigint", (p) -> refs.id(Kind.ORGANIZATION, p.organization()))
			.insert(jdbc());
		ChildRows
			.links("agreement_signatory", "agreement_id", id, "person_id", refs.ids(Kind.PERSON, request.signatories()))
			.insert(jdbc());
		ChildRows
			.links("agreement_project", "agreement_id", id, "project_id", refs.ids(Kind.PROJECT, request.projects()))
			.insert(jdbc());
		ChildRows.links("agreement_source", "agreement_id", id, "source_id", refs.ids(Kind.SOURCE, request.sources()))
			.insert(jdbc());
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

}
