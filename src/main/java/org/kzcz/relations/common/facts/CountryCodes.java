package org.kzcz.relations.common.facts;

import java.util.Locale;

import org.kzcz.relations.common.problems.InvalidParameterException;

/**
 * Reads a country filter parameter: an ISO 3166-1 alpha-2 code (or EU) in any case.
 */
public final class CountryCodes {

	private CountryCodes() {
	}

	/**
	 * The upper-case code, or null when the parameter is absent or blank.
	 * @throws InvalidParameterException naming the parameter when it is not two letters
	 */
	public static String parameter(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String code = value.trim().toUpperCase(Locale.ROOT);
		if (!code.matches("[A-Z]{2}")) {
			throw new InvalidParameterException(name, "must be a two-letter country code (ISO 3166-1 alpha-2)");
		}
		return code;
	}

}
