package org.kzcz.relations.officials;

import java.time.Instant;
import java.time.LocalDate;

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
import org.kzcz.relations.common.DatePrecision;

/**
 * A post a person held: the role, the organization, the country represented and the
 * country posted to, from when to when. Dates carry a precision; {@code ended} records
 * that a post is over even when its end date is unknown.
 */
@Entity
@Table(name = "post_held")
class PostHeld {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "person_id")
	private Person person;

	private String role;

	@Enumerated(EnumType.STRING)
	@Column(name = "role_kind")
	private RoleKind roleKind;

	/** The organization (owned by the organizations feature), referenced by id. */
	@Column(name = "organization_id")
	private Long organizationId;

	@Column(name = "represents_country", columnDefinition = "bpchar(2)")
	private String representsCountry;

	@Column(name = "posted_to_country", columnDefinition = "bpchar(2)")
	private String postedToCountry;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Enumerated(EnumType.STRING)
	@Column(name = "start_precision")
	private DatePrecision startPrecision;

	@Column(name = "end_date")
	private LocalDate endDate;

	@Enumerated(EnumType.STRING)
	@Column(name = "end_precision")
	private DatePrecision endPrecision;

	private boolean ended;

	@Column(name = "attested_on")
	private LocalDate attestedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "attested_precision")
	private DatePrecision attestedPrecision;

	private String note;

	@Version
	private long version;

	@Column(name = "created_at", insertable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", insertable = false)
	private Instant updatedAt;

	protected PostHeld() {
	}

	PostHeld(Person person, PostRequest request, Long organizationId) {
		this.person = person;
		describe(request, organizationId);
	}

	/**
	 * Takes every field of the post row from a curator's request, and marks the post
	 * changed even when only its sources or date claims did, so the version moves.
	 */
	void describe(PostRequest request, Long organizationId) {
		this.role = request.role();
		this.roleKind = request.roleKind();
		this.organizationId = organizationId;
		this.representsCountry = request.representsCountry();
		this.postedToCountry = request.postedToCountry();
		this.startDate = request.startDate();
		this.startPrecision = request.startPrecision();
		this.endDate = request.endDate();
		this.endPrecision = request.endPrecision();
		this.ended = request.isEnded();
		this.attestedOn = request.attestedOn();
		this.attestedPrecision = request.attestedPrecision();
		this.note = request.note();
		this.updatedAt = Instant.now();
	}

	Long getId() {
		return this.id;
	}

	Person getPerson() {
		return this.person;
	}

	String getRole() {
		return this.role;
	}

	RoleKind getRoleKind() {
		return this.roleKind;
	}

	Long getOrganizationId() {
		return this.organizationId;
	}

	String getRepresentsCountry() {
		return this.representsCountry;
	}

	String getPostedToCountry() {
		return this.postedToCountry;
	}

	LocalDate getStartDate() {
		return this.startDate;
	}

	DatePrecision getStartPrecision() {
		return this.startPrecision;
	}

	LocalDate getEndDate() {
		return this.endDate;
	}

	DatePrecision getEndPrecision() {
		return this.endPrecision;
	}

	boolean isEnded() {
		return this.ended;
	}

	LocalDate getAttestedOn() {
		return this.attestedOn;
	}

	DatePrecision getAttestedPrecision() {
		return this.attestedPrecision;
	}

	String getNote() {
		return this.note;
	}

	long getVersion() {
		return this.version;
	}

}
