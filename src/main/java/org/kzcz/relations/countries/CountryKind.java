package org.kzcz.relations.countries;

/**
 * A sovereign country, or a bloc of countries (the EU).
 */
public enum CountryKind {

	COUNTRY, BLOC

}
