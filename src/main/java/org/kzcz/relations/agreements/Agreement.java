package org.kzcz.relations.agreements;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.kzcz.relations.common.DatePrecision;
import org.kzcz.relations.common.References;
import org.kzcz.relations.common.References.Kind;
import org.kzcz.relations.curation.CuratedEntity;

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

	private Long meetingId;

	private String summary;

	protected Agreement() {
	}

	@Override
	protected void describe(AgreementRequest request, References.Check refs) {
		this.meetingId = refs.id(Kind.MEETING, request.meeting());
	}

}
