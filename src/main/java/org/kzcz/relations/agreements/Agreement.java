package org.kzcz.relations.agreements;

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
 * An agreement, memorandum or joint statement. The meeting where it was signed is kept as
 * an id, the meetings feature owning meetings. Reads go through
 * {@link AgreementService}'s SQL; writes load and save the entity (its {@code @Version}
 * guards concurrent edits) and replace the child rows with SQL.
 */
@Entity
@Table(name = "agreement")
class Agreement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

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

	@Version
	private long version;

	@Column(name = "created_at", insertable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", insertable = false)
	private Instant updatedAt;

	protected Agreement() {
	}

	Agreement(AgreementRequest request, Long meetingId) {
		describe(request, meetingId);
	}

	/**
	 * Takes every field of the agreement row from a curator's request and the id of the
	 * meeting it names.
	 */
	void describe(AgreementRequest request, Long meetingId) {
		this.slug = request.slug();
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

	/**
	 * Marks the agreement changed even when only its child rows (parties, signatories...)
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

	AgreementKind getKind() {
		return this.kind;
	}

	AgreementStatus getStatus() {
		return this.status;
	}

	LocalDate getSignedOn() {
		return this.signedOn;
	}

	DatePrecision getSignedPrecision() {
		return this.signedPrecision;
	}

	String getSignedCity() {
		return this.signedCity;
	}

	String getSignedCountry() {
		return this.signedCountry;
	}

	Long getMeetingId() {
		return this.meetingId;
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
