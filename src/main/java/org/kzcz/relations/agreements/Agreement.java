package org.kzcz.relations.agreements;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.kzcz.relations.common.DatePrecision;
import org.kzcz.relations.curation.CuratedEntity;

/**
 * An agreement, memorandum or joint statement. The meeting where it was signed is kept as
 * an id, the meetings feature owning meetings. Reads go through
 * {@link AgreementService}'s SQL; writes load and save the entity (its {@code @Version}
 * guards concurrent edits) and replace the child rows with SQL.
 */
@Entity
@Table(name = "agreement")
class Agreement extends CuratedEntity {

	private String title;

	@Enumerated(EnumType.STRING)
	private AgreementKind kind;

	@Enumerated(EnumType.STRING)
	private AgreementStatus status;

	@Column(name = "signed_on")
	private LocalDate signedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "signed_precision")
	private DatePrecision signedPrecision;

	@Column(name = "signed_city")
	private String signedCity;

	@Column(name = "signed_country", columnDefinition = "bpchar(2)")
	private String signedCountry;

	@Column(name = "meeting_id")
	private Long meetingId;

	private String summary;

	protected Agreement() {
	}

	/**
	 * Takes every field of the agreement row from a curator's request and the id of the
	 * meeting it names.
	 */
	void describe(AgreementRequest request, Long meetingId) {
		setSlug(request.slug());
		this.title = request.title();
		this.kind = request.kind();
		this.status = request.status();
		this.signedOn = request.signedOn();
		this.signedPrecision = request.signedPrecision();
		this.signedCity = request.signedCity();
		this.signedCountry = request.signedCountry();
		this.meetingId = meetingId;
		this.summary = request.summary();
	}

}
