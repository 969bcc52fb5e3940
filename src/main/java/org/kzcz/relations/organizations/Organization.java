package org.kzcz.relations.organizations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.kzcz.relations.common.curation.References.Kind;
import org.kzcz.relations.curation.CuratedEntity;
import org.kzcz.relations.curation.Reference;

/**
 * An organization, known by a stable slug, optionally part of a parent organization (an
 * embassy of its ministry, say). Reads go through {@link OrganizationService}'s SQL;
 * curators' writes load and save the entity (its {@code @Version} guards concurrent
 * edits).
 */
@Entity
@Table(name = "organization")
class Organization extends CuratedEntity<OrganizationRequest> {

	private String name;

	@Enumerated(EnumType.STRING)
	private OrganizationKind kind;

	@Column(name = "country_code", columnDefinition = "bpchar(2)")
	private String country;

	@Reference(Kind.ORGANIZATION)
	@Column(name = "parent_id")
	private Long parent;

	private String description;

	protected Organization() {
	}

}
