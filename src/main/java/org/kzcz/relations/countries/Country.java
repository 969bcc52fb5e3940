package org.kzcz.relations.countries;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A country (ISO 3166-1), or the EU as a bloc under its reserved code {@code EU}.
 */
@Entity
@Table(name = "country")
class Country {

	@Id
	@Column(columnDefinition = "bpchar(2)")
	private String code;

	@Column(columnDefinition = "bpchar(3)")
	private String alpha3;

	@Column(columnDefinition = "bpchar(3)")
	private String numericCode;

	@Enumerated(EnumType.STRING)
	private CountryKind kind;

	private String name;

	private String capital;

	@Version
	private long version;

	protected Country() {
	}

	String getCode() {
		return this.code;
	}

	String getAlpha3() {
		return this.alpha3;
	}

	String getNumericCode() {
		return this.numericCode;
	}

	CountryKind getKind() {
		return this.kind;
	}

	String getName() {
		return this.name;
	}

	String getCapital() {
		return this.capital;
	}

	long getVersion() {
		return this.version;
	}

}
