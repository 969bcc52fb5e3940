package org.kzcz.relations.meetings;

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
 * A meeting: a visit, talks, a reception, a forum. Its date is stored as the first day of
 * the period its precision gives. Reads go through {@link MeetingService}'s SQL; writes
 * load and save the entity (its {@code @Version} guards concurrent edits) and replace the
 * child rows with SQL.
 */
@Entity
@Table(name = "meeting")
class Meeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

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

	@Version
	private long version;

	@Column(name = "created_at", insertable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", insertable = false)
	private Instant updatedAt;

	protected Meeting() {
	}

	Meeting(MeetingRequest request) {
		describe(request);
	}

	/** Takes every field of the meeting row from a curator's request. */
	void describe(MeetingRequest request) {
		this.slug = request.slug();
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

	/**
	 * Marks the meeting changed even when only its child rows (participants, topics...)
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

	String getTitle() {
		return this.title;
	}

	MeetingKind getKind() {
		return this.kind;
	}

	MeetingStatus getStatus() {
		return this.status;
	}

	LocalDate getStartDate() {
		return this.startDate;
	}

	DatePrecision getDatePrecision() {
		return this.datePrecision;
	}

	LocalDate getEndDate() {
		return this.endDate;
	}

	String getDateNote() {
		return this.dateNote;
	}

	String getCity() {
		return this.city;
	}

	String getCountryCode() {
		return this.countryCode;
	}

	String getHostCountry() {
		return this.hostCountry;
	}

	String getVisitingCountry() {
		return this.visitingCountry;
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
