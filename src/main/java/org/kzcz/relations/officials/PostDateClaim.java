package org.kzcz.relations.officials;

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
import org.kzcz.relations.common.DatePrecision;

/**
 * What one source says about when a post started or ended, kept even when sources
 * disagree.
 */
@Entity
@Table(name = "post_date_claim")
class PostDateClaim {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "post_held_id")
	private PostHeld post;

	@Enumerated(EnumType.STRING)
	private DateClaimField field;

	@Column(name = "claimed_date")
	private LocalDate claimedDate;

	@Enumerated(EnumType.STRING)
	@Column(name = "claimed_precision")
	private DatePrecision claimedPrecision;

	private String qualifier;

	/** The source (owned by the sources feature), referenced by id. */
	@Column(name = "source_id")
	private Long sourceId;

	protected PostDateClaim() {
	}

	Long getId() {
		return this.id;
	}

	PostHeld getPost() {
		return this.post;
	}

	DateClaimField getField() {
		return this.field;
	}

	LocalDate getClaimedDate() {
		return this.claimedDate;
	}

	DatePrecision getClaimedPrecision() {
		return this.claimedPrecision;
	}

	String getQualifier() {
		return this.qualifier;
	}

	Long getSourceId() {
		return this.sourceId;
	}

}
