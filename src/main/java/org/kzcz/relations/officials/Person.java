package org.kzcz.relations.officials;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.kzcz.relations.common.DatePrecision;
import org.kzcz.relations.common.References;
import org.kzcz.relations.curation.CuratedEntity;

/**
 * A person who holds or held a post in the relationship, known by a stable slug. Reads go
 * through {@link OfficialService}'s SQL; curators' writes load and save the entity (its
 * {@code @Version} guards concurrent edits).
 */
@Entity
@Table(name = "person")
class Person extends CuratedEntity<OfficialRequest> {

	private String fullName;

	private String honorific;

	private LocalDate bornOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision bornPrecision;

	@Column(columnDefinition = "bpchar(2)")
	private String countryCode;

	private String biography;

	protected Person() {
	}

	@Override
	protected void describe(OfficialRequest request, References.Check refs) {
		this.fullName = request.fullName();
		this.honorific = request.honorific();
		this.bornOn = request.bornOn();
		this.bornPrecision = request.bornPrecision();
		this.countryCode = request.country();
		this.biography = request.biography();
	}

}
