package org.kzcz.relations.projects;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.kzcz.relations.common.DatePrecision;
import org.kzcz.relations.curation.CuratedEntity;

/**
 * A cooperation project. Its lead organization is kept as an id, the organizations
 * feature owning organizations. Reads go through {@link ProjectService}'s SQL; writes
 * load and save the entity (its {@code @Version} guards concurrent edits) and replace the
 * child rows with SQL.
 */
@Entity
@Table(name = "project")
class Project extends CuratedEntity {

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

	protected Project() {
	}

	/**
	 * Takes every field of the project row from a curator's request and the id of the
	 * lead organization it names.
	 */
	void describe(ProjectRequest request, Long leadOrganizationId) {
		setSlug(request.slug());
		this.name = request.name();
		this.status = request.status();
		this.startedOn = request.startedOn();
		this.startedPrecision = request.startedPrecision();
		this.leadOrganizationId = leadOrganizationId;
		this.summary = request.summary();
	}

}
