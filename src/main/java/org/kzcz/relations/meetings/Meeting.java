package org.kzcz.relations.meetings;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.kzcz.relations.common.DatePrecision;
import org.kzcz.relations.curation.CuratedEntity;

/**
 * A meeting: a visit, talks, a reception, a forum. Its date is stored as the first day of
 * the period its precision gives. Reads go through {@link MeetingService}'s SQL; writes
 * load and save the entity (its {@code @Version} guards concurrent edits) and replace the
 * child rows with SQL.
 */
@Entity
@Table(name = "meeting")
class Meeting extends CuratedEntity {

	private String title;

	@Enumerated(EnumType.STRING)
	private MeetingKind kind;

	@Enumerated(EnumType.STRING)
	private MeetingStatus status;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Enumerated(EnumType.STRING)
	@Column(name = "date_precision")
	private DatePrecision datePrecision;

	@Column(name = "end_date")
	private LocalDate endDate;

	@Column(name = "date_note")
	private String dateNote;

	private String city;

	@Column(name = "country_code", columnDefinition = "bpchar(2)")
	private String countryCode;

	@Column(name = "host_country", columnDefinition = "bpchar(2)")
	private String hostCountry;

	@Column(name = "visiting_country", columnDefinition = "bpchar(2)")
	private String visitingCountry;

	private String summary;

	protected Meeting() {
	}

	/** Takes every field of the meeting row from a curator's request. */
	void describe(MeetingRequest request) {
		setSlug(request.slug());
		this.title = request.title();
		this.kind = request.kind();
		this.status = request.status();
		this.startDate = request.startDate();
		this.datePrecision = request.datePrecision();
		this.endDate = request.endDate();
		this.dateNote = request.dateNote();
		this.city = request.city();
		this.countryCode = request.country();
		this.hostCountry = request.hostCountry();
		this.visitingCountry = request.visitingCountry();
		this.summary = request.summary();
	}

}
