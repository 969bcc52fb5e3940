package org.kzcz.relations.agreements;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.kzcz.relations.agreements.AgreementRequest.Party;
import org.kzcz.relations.common.ConflictException;
import org.kzcz.relations.common.MergePatch;
import org.kzcz.relations.common.NotFoundException;
import org.kzcz.relations.common.PartialDates;
import org.kzcz.relations.common.References;
import org.kzcz.relations.common.References.Kind;
import org.kzcz.relations.common.ResourceVersions;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, replaces, patches and deletes agreements. Every write names the curator in the
 * audit log first, checks the request whole (422 listing every broken rule) before
 * storing anything, saves the agreement row through JPA (its version guards concurrent
 * edits) and replaces the child rows with a fixed number of statements.
 */
@Service
class AgreementCurationService {

	private static final Set<AgreementStatus> SIGNED = Set.of(AgreementStatus.SIGNED, AgreementStatus.IN_FORCE,
			AgreementStatus.EXPIRED);

	private final AgreementRepository agreements;

	private final AgreementService reads;

	private final References references;

	private final MergePatch mergePatch;

	private final JdbcClient jdbc;

	AgreementCurationService(AgreementRepository agreements, AgreementService reads, References references,
			MergePatch mergePatch, JdbcClient jdbc) {
		this.agreements = agreements;
		this.reads = reads;
		this.references = references;
		this.mergePatch = mergePatch;
		this.jdbc = jdbc;
	}

	@Transactional
	AgreementDetailResponse create(AgreementRequest request) {
		References.Check refs = check(request);
		if (this.agreements.existsBySlug(request.slug())) {
			throw duplicate(request.slug());
		}
		Agreement agreement = this.agreements
			.saveAndFlush(new Agreement(request, refs.id(Kind.MEETING, request.meeting())));
		insertChildren(agreement.getId(), request, refs);
		return this.reads.find(agreement.getSlug());
	}

	@Transactional
	AgreementDetailResponse replace(String slug, String ifMatch, AgreementRequest request) {
		return update(load(slug, ifMatch), request);
	}

	@Transactional
	AgreementDetailResponse patch(String slug, String ifMatch, JsonNode patch) {
		Agreement agreement = load(slug, ifMatch);
		AgreementRequest current = AgreementRequest.of(this.reads.find(slug));
		return update(agreement, this.mergePatch.apply(current, patch, AgreementRequest.class));
	}

	/**
	 * Deletes the agreement with its parties, signatories, project links and citations.
	 * Meeting outcomes that mention it keep their text and lose the link (their meetings
	 * move to a new version); an outcome recording its signing would be left naming no
	 * agreement, so while one exists the delete is refused with 409.
	 */
	@Transactional
	void delete(String slug, String ifMatch) {
		Agreement agreement = load(slug, ifMatch);
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
		this.agreements.delete(agreement);
		this.agreements.flush();
	}

	private Agreement load(String slug, String ifMatch) {
		Agreement agreement = this.agreements.findBySlug(slug)
			.orElseThrow(() -> new NotFoundException("agreement", slug));
		ResourceVersions.checkIfMatch(ifMatch, agreement.getVersion());
		return agreement;
	}

	private AgreementDetailResponse update(Agreement agreement, AgreementRequest request) {
		References.Check refs = check(request);
		if (!request.slug().equals(agreement.getSlug()) && this.agreements.existsBySlug(request.slug())) {
			throw duplicate(request.slug());
		}
		agreement.describe(request, refs.id(Kind.MEETING, request.meeting()));
		agreement.touch();
		// The version check happens here, before any child row changes.
		this.agreements.flush();
		this.jdbc.sql("""
				with parties as (delete from agreement_party where agreement_id = :id),
				     signatories as (delete from agreement_signatory where agreement_id = :id),
				     projects as (delete from agreement_project where agreement_id = :id)
				delete from agreement_source where agreement_id = :id
				""").param("id", agreement.getId()).update();
		insertChildren(agreement.getId(), request, refs);
		return this.reads.find(request.slug());
	}

	/**
	 * Checks the whole request: the signing rules, the parties, and that every reference
	 * exists (one statement per kind).
	 */
	private References.Check check(AgreementRequest request) {
		References.Check check = this.references.check();
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
			.requireAll(Kind.SOURCE, "sources", request.sources())
			.resolve();
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
		check.throwIfInvalid();
		return check;
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

	private static ConflictException duplicate(String slug) {
		return new ConflictException("slug", "An agreement with id '" + slug + "' already exists.");
	}

}
