package org.kzcz.relations.organizations;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An organization, known by a stable slug, optionally part of a parent organization (an
 * embassy of its ministry, say). Reads go through {@link OrganizationService}'s SQL;
 * curators' writes load and save the entity (its {@code @Version} guards concurrent
 * edits).
 */
@Entity
@Table(name = "organization")
class Organization {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	@Enumerated(EnumType.STRING)
	private OrganizationKind kind;

	@Column(name = "country_code", columnDefinition = "bpchar(2)")
	private String countryCode;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Organization parent;

	private String description;

	@Version
	private long version;

	@Column(name = "created_at", insertable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", insertable = false)
	private Instant updatedAt;

	protected Organization() {
	}

	Organization(OrganizationRequest request, Organization parent) {
		describe(request, parent);
	}

	/**
	 * Takes every field of the organization row from a curator's request, and marks it
	 * changed even when only its sources or engagements did, so its version moves.
	 */
	void describe(OrganizationRequest request, Organization parent) {
		this.slug = request.slug();
		this.name = request.name();
		this.kind = request.kind();
		this.countryCode = request.country();
		this.parent = parent;
		this.description = request.description();
		this.updatedAt = Instant.now();
	}

	Long getId() {
		return this.id;
	}

	String getSlug() {
		return this.slug;
	}

	String getName() {
		return this.name;
	}

	OrganizationKind getKind() {
		return this.kind;
	}

	String getCountryCode() {
		return this.countryCode;
	}

	Organization getParent() {
		return this.parent;
	}

	String getDescription() {
		return this.description;
	}

	long getVersion() {
		return this.version;
	}

}
