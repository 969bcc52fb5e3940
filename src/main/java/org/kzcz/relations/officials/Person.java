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
 * A person who holds or held a post in the relationship, known by a stable slug.
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

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected Person() {
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
