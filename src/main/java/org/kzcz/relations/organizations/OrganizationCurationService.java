package org.kzcz.relations.organizations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kzcz.relations.common.problems.ConflictException;
import org.kzcz.relations.common.curation.References;
import org.kzcz.relations.common.curation.References.Kind;
import org.kzcz.relations.curation.ChildRows;
import org.kzcz.relations.curation.CurationService;
import org.kzcz.relations.curation.CurationService.Resource;
import org.kzcz.relations.curation.CurationSupport;
import org.kzcz.relations.organizations.OrganizationRequest.Engagement;

import org.springframework.stereotype.Service;

/**
 * Creates, replaces, patches and deletes organizations: what is an organization's own in
 * the curation template. Engagements are matched by country and kind, so an engagement
 * that stays keeps its row, id and history; an organization still referenced elsewhere
 * cannot be deleted (409 saying by what).
 */
@Service
class OrganizationCurationService
		extends CurationService<Organization, OrganizationRequest, OrganizationDetailResponse> {

	private final OrganizationEngagementRepository engagements;

	OrganizationCurationService(OrganizationRepository organizations, OrganizationEngagementRepository engagements,
			OrganizationService reads, CurationSupport support) {
		super(new Resource<>("organization", OrganizationRequest.class, organizations, Organization::new, reads::find,
				OrganizationRequest::of), support);
		this.engagements = engagements;
	}

	/**
	 * Engagements and citations go with the organization, but while posts, meetings,
	 * projects, agreements, trade figures or other organizations (its parts) still refer
	 * to it the delete is refused: 409 says by how many of each.
	 */
	@Override
	protected void beforeDelete(Organization organization) {
		Map<String, Long> uses = jdbc().sql("""
				select (select count(*) from post_held where organization_id = :id) as posts,
				       (select count(*) from meeting_organization where organization_id = :id) as meetings,
				       (select count(*) from (select id from project where lead_organization_id = :id
				                              union
				                              select project_id from project_partner where organization_id = :id) p)
				           as projects,
				       (select count(distinct agreement_id) from agreement_party where organization_id = :id)
				           as agreements,
				       (select count(*) from trade_figure where reporter_agency_id = :id) as trade_figures,
				       (select count(*) from organization where parent_id = :id) as parts
				""").param("id", organization.getId()).query((rs, n) -> {
			Map<String, Long> counts = new LinkedHashMap<>();
			counts.put("post", rs.getLong("posts"));
			counts.put("meeting", rs.getLong("meetings"));
			counts.put("project", rs.getLong("projects"));
			counts.put("agreement", rs.getLong("agreements"));
			counts.put("trade figure", rs.getLong("trade_figures"));
			counts.put("part (organization with this parent)", rs.getLong("parts"));
			return counts;
		}).single();
		List<String> referencing = new ArrayList<>();
		uses.forEach((what, count) -> {
			if (count > 0) {
				referencing.add(count + " " + what + ((count == 1) ? "" : "s"));
			}
		});
		if (!referencing.isEmpty()) {
			throw new ConflictException(null, "Organization '" + organization.getSlug() + "' is still referenced by "
					+ String.join(", ", referencing) + "; change or delete those first.");
		}
	}

	/** The references and repeated engagements. */
	@Override
	protected void check(OrganizationRequest request, References.Check check) {
		check.require(Kind.COUNTRY, "country", request.country())
			.require(Kind.ORGANIZATION, "parent", request.parent())
			.requireAll(Kind.SOURCE, "sources", request.sources());
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < request.engagements().size(); i++) {
			Engagement engagement = request.engagements().get(i);
			String field = "engagements[" + i + "]";
			Integer earlier = seen.putIfAbsent(engagement.country() + "/" + engagement.kind(), i);
			if (earlier != null) {
				check.reject(field + ".kind",
						"repeats engagements[" + earlier + "] (one engagement per country and kind)");
			}
			check.require(Kind.COUNTRY, field + ".country", engagement.country())
				.requireAll(Kind.SOURCE, field + ".sources", engagement.sources());
		}
	}

	/** An existing organization's new parent is neither itself nor one of its parts. */
	@Override
	protected void checkResolved(OrganizationRequest request, Organization existing, References.Check check) {
		if (existing != null && request.parent() != null) {
			Long parentId = check.id(Kind.ORGANIZATION, request.parent());
			if (existing.getId().equals(parentId)) {
				check.reject("parent", "an organization cannot be its own parent");
			}
			else if (parentId != null && isPartOf(parentId, existing.getId())) {
				check.reject("parent", "'" + request.parent() + "' is one of this organization's parts; "
						+ "the hierarchy may not loop");
			}
		}
	}

	/** Whether the organization is below the ancestor, however deep. */
	private boolean isPartOf(long organizationId, long ancestorId) {
		return jdbc().sql("""
				with recursive parts (id) as (
				    select id from organization where parent_id = :ancestorId
				    union
				    select o.id from organization o join parts p on o.parent_id = p.id
				)
				select exists (select 1 from parts where id = :organizationId)
				""")
			.param("ancestorId", ancestorId)
			.param("organizationId", organizationId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Replaces the citations and engagements: an engagement whose country and kind stay
	 * is updated in place, the others are inserted or deleted; then the citations of the
	 * organization and of its engagements are replaced, one statement each.
	 */
	@Override
	protected void replaceChildren(Organization organization, OrganizationRequest request, References.Check refs,
			boolean existing) {
		Map<String, OrganizationEngagement> stored = new HashMap<>();
		for (OrganizationEngagement engagement : this.engagements.findByOrganization(organization)) {
			stored.put(engagement.getCountryCode() + "/" + engagement.getKind(), engagement);
		}
		List<Long> engagementIds = new ArrayList<>();
		List<List<Long>> citations = new ArrayList<>();
		for (Engagement wanted : request.engagements()) {
			OrganizationEngagement engagement = stored.remove(wanted.country() + "/" + wanted.kind());
			if (engagement != null) {
				engagement.describe(wanted.description());
			}
			else {
				engagement = this.engagements.save(new OrganizationEngagement(organization, wanted.country(),
						wanted.kind(), wanted.description()));
			}
			engagementIds.add(engagement.getId());
			citations.add(refs.ids(Kind.SOURCE, wanted.sources()));
		}
		this.engagements.deleteAll(stored.values());
		this.engagements.flush();
		jdbc().sql("""
				with engagement_sources as (
				    delete from organization_engagement_source
				    where organization_engagement_id in (select id from organization_engagement
				                                         where organization_id = :id)
				)
				delete from organization_source where organization_id = :id
				""").param("id", organization.getId()).update();
		ChildRows
			.links("organization_source", "organization_id", organization.getId(), "source_id",
					refs.ids(Kind.SOURCE, request.sources()))
			.insert(jdbc());
		ChildRows.citations("organization_engagement_source", "organization_engagement_id", engagementIds, citations)
			.insert(jdbc());
	}

}
