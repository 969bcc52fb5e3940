package org.kzcz.relations.officials;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.kzcz.relations.common.facts.DatePrecision;
import org.kzcz.relations.curation.VersionedEntity;

/**
 * A post a person held: the role, the organization, the country represented and the
 * country posted to, from when to when. Dates carry a precision; {@code ended} records
 * that a post is over even when its end date is unknown.
 */
@Entity
@Table(name = "post_held")
class PostHeld extends VersionedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "person_id")
	private Person person;

	private String role;

	@Enumerated(EnumType.STRING)
	private RoleKind roleKind;

	/** The organization (owned by the organizations feature), referenced by id. */
	private Long organizationId;

	@Column(columnDefinition = "bpchar(2)")
	private String representsCountry;

	@Column(columnDefinition = "bpchar(2)")
	private String postedToCountry;

	private LocalDate startDate;

	@Enumerated(EnumType.STRING)
	private DatePrecision startPrecision;

	private LocalDate endDate;

	@Enumerated(EnumType.STRING)
	private DatePrecision endPrecision;

	private boolean ended;

	private LocalDate attestedOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision attestedPrecision;

	private String note;

	Person getPerson() {
		return this.person;
	}

	protected PostHeld() {
	}

	PostHeld(Person person, PostRequest request, Long organizationId) {
		this.person = person;
		describe(request, organizationId);
	}

	/**
	 * Takes every field of the post row from a curator's request (the same-named columns
	 * as they are), and marks the post changed even when only its sources or date claims
	 * did, so the version moves.
	 */
	void describe(PostRequest request, Long organizationId) {
		takeColumnsFrom(request);
		this.organizationId = organizationId;
		this.ended = request.isEnded();
		touch();
	}

	boolean isEnded() {
		return this.ended;
	}

}
