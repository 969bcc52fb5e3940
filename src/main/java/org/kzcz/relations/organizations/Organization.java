package org.kzcz.relations.organizations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.kzcz.relations.curation.CuratedEntity;

/**
 * An organization, known by a stable slug, optionally part of a parent organization (an
 * embassy of its ministry, say). Reads go through {@link OrganizationService}'s SQL;
 * curators' writes load and save the entity (its {@code @Version} guards concurrent
 * edits).
 */
@Entity
@Table(name = "organization")
class Organization extends CuratedEntity {

	private String name;

	@Enumerated(EnumType.STRING)
	private OrganizationKind kind;

	@Column(name = "country_code", columnDefinition = "bpchar(2)")
	private String countryCode;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Organization parent;

	private String description;

	protected Organization() {
	}

	/**
	 * Takes every field of the organization row from a curator's request, and marks it
	 * changed even when only its sources or engagements did, so its version moves.
	 */
	void describe(OrganizationRequest request, Organization parent) {
		setSlug(request.slug());
		this.name = request.name();
		this.kind = request.kind();
		this.countryCode = request.country();
		this.parent = parent;
		this.description = request.description();
	}

}
