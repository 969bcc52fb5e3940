package org.kzcz.relations.projects;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.kzcz.relations.common.facts.DatePrecision;
import org.kzcz.relations.common.curation.References.Kind;
import org.kzcz.relations.curation.CuratedEntity;
import org.kzcz.relations.curation.Reference;

/**
 * A cooperation project. Its lead organization is kept as an id, the organizations
 * feature owning organizations. Reads go through {@link ProjectService}'s SQL; writes
 * load and save the entity (its {@code @Version} guards concurrent edits) and replace the
 * child rows with SQL.
 */
@Entity
@Table(name = "project")
class Project extends CuratedEntity<ProjectRequest> {

	private String name;

	@Enumerated(EnumType.STRING)
	private ProjectStatus status;

	private LocalDate startedOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision startedPrecision;

	@Reference(Kind.ORGANIZATION)
	@Column(name = "lead_organization_id")
	private Long leadOrganization;

	private String summary;

	protected Project() {
	}

}
