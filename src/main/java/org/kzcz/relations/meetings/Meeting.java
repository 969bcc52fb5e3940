package org.kzcz.relations.meetings;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.kzcz.relations.common.facts.DatePrecision;
import org.kzcz.relations.curation.CuratedEntity;

/**
 * A meeting: a visit, talks, a reception, a forum. Its date is stored as the first day of
 * the period its precision gives. Reads go through {@link MeetingService}'s SQL; writes
 * load and save the entity (its {@code @Version} guards concurrent edits) and replace the
 * child rows with SQL.
 */
@Entity
@Table(name = "meeting")
class Meeting extends CuratedEntity<MeetingRequest> {

	private String title;

	@Enumerated(EnumType.STRING)
	private MeetingKind kind;

	@Enumerated(EnumType.STRING)
	private MeetingStatus status;

	private LocalDate startDate;

	@Enumerated(EnumType.STRING)
	private DatePrecision datePrecision;

	private LocalDate endDate;

	private String dateNote;

	private String city;

	@Column(name = "country_code", columnDefinition = "bpchar(2)")
	private String country;

	@Column(columnDefinition = "bpchar(2)")
	private String hostCountry;

	@Column(columnDefinition = "bpchar(2)")
	private String visitingCountry;

	private String summary;

	protected Meeting() {
	}

}
