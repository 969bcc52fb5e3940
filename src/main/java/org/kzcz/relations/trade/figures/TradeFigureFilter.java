package org.kzcz.relations.trade.figures;

import org.kzcz.relations.common.facts.CountryCodes;
import org.kzcz.relations.common.problems.InvalidParameterException;

/**
 * The filters of the trade figure list, checked and normalised: blank means absent,
 * country codes upper case, years between 1900 and 2100 with {@code from} not after
 * {@code to}. Figures are stored from their {@code country}'s side and selected by the
 * year their period ends in, as the series are.
 *
 * @param country the stored country, or null
 * @param partner the stored partner, or null
 * @param indicator the stored indicator, or null
 * @param reporter the reporting country, or null
 * @param from the first year periods may end in, or null
 * @param to the last year periods may end in, or null
 */
record TradeFigureFilter(String country, String partner, StoredIndicator indicator, String reporter, Integer from,
		Integer to) {

	public TradeFigureFilter {
		country = CountryCodes.parameter("country", country);
		partner = CountryCodes.parameter("partner", partner);
		reporter = CountryCodes.parameter("reporter", reporter);
		checkYear("from", from);
		checkYear("to", to);
		if (from != null && to != null && from > to) {
			throw new InvalidParameterException("from", "must not be after to (" + from + " > " + to + ")");
		}
	}

	private static void checkYear(String parameter, Integer year) {
		if (year != null && (year < 1900 || year > 2100)) {
			throw new InvalidParameterException(parameter, "must be a year between 1900 and 2100");
		}
	}

}
