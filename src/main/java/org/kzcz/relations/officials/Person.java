package org.kzcz.relations.officials;

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
 * A person who holds or held a post in the relationship, known by a stable slug. Reads go
 * through {@link OfficialService}'s SQL; curators' writes load and save the entity (its
 * {@code @Version} guards concurrent edits).
 */
@Entity
@Table(name = "person")
class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

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

	@Version
	private long version;

	@Column(name = "created_at", insertable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", insertable = false)
	private Instant updatedAt;

	protected Person() {
	}

	Person(OfficialRequest request) {
		describe(request);
	}

	/**
	 * Takes every field of the person row from a curator's request, and marks the person
	 * changed even when only the sources did, so the version moves.
	 */
	void describe(OfficialRequest request) {
		this.slug = request.slug();
		this.fullName = request.fullName();
		this.honorific = request.honorific();
		this.bornOn = request.bornOn();
		this.bornPrecision = request.bornPrecision();
		this.countryCode = request.country();
		this.biography = request.biography();
		this.updatedAt = Instant.now();
	}

	Long getId() {
		return this.id;
	}

	String getSlug() {
		return this.slug;
	}

	String getFullName() {
		return this.fullName;
	}

	String getHonorific() {
		return this.honorific;
	}

	LocalDate getBornOn() {
		return this.bornOn;
	}

	DatePrecision getBornPrecision() {
		return this.bornPrecision;
	}

	String getCountryCode() {
		return this.countryCode;
	}

	String getBiography() {
		return this.biography;
	}

	long getVersion() {
		return this.version;
	}

}
