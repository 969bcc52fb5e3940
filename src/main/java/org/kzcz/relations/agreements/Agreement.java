package org.kzcz.relations.agreements;

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
 * An agreement, memorandum or joint statement. The meeting where it was signed is kept as
 * an id, the meetings feature owning meetings. Reads go through
 * {@link AgreementService}'s SQL; writes load and save the entity (its {@code @Version}
 * guards concurrent edits) and replace the child rows with SQL.
 */
@Entity
@Table(name = "agreement")
class Agreement extends CuratedEntity<AgreementRequest> {

	private String title;

	@Enumerated(EnumType.STRING)
	private AgreementKind kind;

	@Enumerated(EnumType.STRING)
	private AgreementStatus status;

	private LocalDate signedOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision signedPrecision;

	private String signedCity;

	@Column(columnDefinition = "bpchar(2)")
	private String signedCountry;

	@Reference(Kind.MEETING)
	@Column(name = "meeting_id")
	private Long meeting;

	private String summary;

	protected Agreement() {
	}

}
