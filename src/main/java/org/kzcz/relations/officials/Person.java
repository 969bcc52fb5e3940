package org.kzcz.relations.officials;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.kzcz.relations.common.DatePrecision;
import org.kzcz.relations.curation.CuratedEntity;

/**
 * A person who holds or held a post in the relationship, known by a stable slug. Reads go
 * through {@link OfficialService}'s SQL; curators' writes load and save the entity (its
 * {@code @Version} guards concurrent edits).
 */
@Entity
@Table(name = "person")
class Person extends CuratedEntity {

	@Column(name = "full_name")
	private String fullName;

	private String honorific;

	@Column(name = "born_on")
	private LocalDate bornOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "born_precision")
	private DatePrecision bornPrecision;

	@Column(name = "country_code", columnDefinition = "bpchar(2)")
	private String countryCode;

	private String biography;

	protected Person() {
	}

	/**
	 * Takes every field of the person row from a curator's request, and marks the person
	 * changed even when only the sources did, so the version moves.
	 */
	void describe(OfficialRequest request) {
		setSlug(request.slug());
		this.fullName = request.fullName();
		this.honorific = request.honorific();
		this.bornOn = request.bornOn();
		this.bornPrecision = request.bornPrecision();
		this.countryCode = request.country();
		this.biography = request.biography();
	}

}
