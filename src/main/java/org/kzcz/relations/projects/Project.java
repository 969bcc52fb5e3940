package org.kzcz.relations.projects;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.kzcz.relations.common.DatePrecision;

/**
 * A cooperation project. Its lead organization is kept as an id, the organizations
 * feature owning organizations. Reads go through {@link ProjectService}'s SQL; writes
 * load and save the entity (its {@code @Version} guards concurrent edits) and replace the
 * child rows with SQL.
 */
@Entity
@Table(name = "project")
class Project {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	@Enumerated(EnumType.STRING)
	private ProjectStatus status;

	@Column(name = "started_on")
	private LocalDate startedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "started_precision")
	private DatePrecision startedPrecision;

	@Column(name = "lead_organization_id")
	private Long leadOrganizationId;

	private String summary;

	@Version
	private long version;

	@Column(name = "created_at", insertable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", insertable = false)
	private Instant updatedAt;

	protected Project() {
	}

	Project(ProjectRequest request, Long leadOrganizationId) {
		describe(request, leadOrganizationId);
	}

	/**
	 * Takes every field of the project row from a curator's request and the id of the
	 * lead organization it names.
	 */
	void describe(ProjectRequest request, Long leadOrganizationId) {
		this.slug = request.slug();
		this.name = request.name();
		this.status = request.status();
		this.startedOn = request.startedOn();
		this.startedPrecision = request.startedPrecision();
		this.leadOrganizationId = leadOrganizationId;
		this.summary = request.summary();
	}

	/**
	 * Marks the project changed even when only its child rows (milestones, targets...)
	 * did, so the update moves its version and a concurrent edit of those conflicts.
	 */
	void touch() {
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

	ProjectStatus getStatus() {
		return this.status;
	}

	LocalDate getStartedOn() {
		return this.startedOn;
	}

	DatePrecision getStartedPrecision() {
		return this.startedPrecision;
	}

	Long getLeadOrganizationId() {
		return this.leadOrganizationId;
	}

	String getSummary() {
		return this.summary;
	}

	long getVersion() {
		return this.version;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
