package org.kzcz.relations.organizations;

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
 * Where an organization is active in the relationship: a Czech company operating in
 * Kazakhstan, say.
 */
@Entity
@Table(name = "organization_engagement")
class OrganizationEngagement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organization_id")
	private Organization organization;

	@Column(columnDefinition = "bpchar(2)")
	private String countryCode;

	@Enumerated(EnumType.STRING)
	private EngagementKind kind;

	private String description;

	@Version
	private long version;

	protected OrganizationEngagement() {
	}

	OrganizationEngagement(Organization organization, String countryCode, EngagementKind kind, String description) {
		this.organization = organization;
		this.countryCode = countryCode;
		this.kind = kind;
		this.description = description;
	}

	/** Restates how the organization is active there (a new version when it changed). */
	void describe(String description) {
		this.description = description;
	}

	Long getId() {
		return this.id;
	}

	Organization getOrganization() {
		return this.organization;
	}

	String getCountryCode() {
		return this.countryCode;
	}

	EngagementKind getKind() {
		return this.kind;
	}

	String getDescription() {
		return this.description;
	}

}
