package org.kzcz.relations.trade.analysis;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.kzcz.relations.common.facts.CountryCodes;
import org.kzcz.relations.common.problems.InvalidParameterException;

/**
 * A validated trade request, echoed back in every response so a client sees what the
 * figures are for. Unknown countries are rejected by the query itself (400 naming the
 * parameter), in the same statement that reads the figures.
 *
 * @param country whose side flows are read from
 * @param partner the other party
 * @param indicators the indicators asked for (all when none was named)
 * @param from first year (periods ending in it or later), or null for no lower bound
 * @param to last year (periods ending in it or earlier), or null for no upper bound
 * @param reporter only this reporter's figures, or null for every reporter
 * @param jumpThreshold changes beyond this many percent are flagged as jumps
 * @param decimals decimals of every number the analysis computes (percentages, ratios,
 * derived values, changes, gaps); stored values keep the digits their sources printed
 */
@Schema(name = "TradeRequest", description = "The request the figures answer, after defaults")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TradeRequest(@Schema(example = "KZ") String country, @Schema(example = "CZ") String partner,
		List<TradeIndicator> indicators, @Schema(example = "2019") Integer from, @Schema(example = "2025") Integer to,
		@Schema(example = "KZ") String reporter, @Schema(example = "50") BigDecimal jumpThreshold,
		@Schema(example = "1") int decimals) {

	/** Default threshold beyond which a change is flagged as a jump, in percent. */
	public static final BigDecimal DEFAULT_JUMP_THRESHOLD = BigDecimal.valueOf(50);

	/** Default number of decimals of every computed number. */
	public static final int DEFAULT_DECIMALS = TradeMath.DEFAULT_PERCENT_DECIMALS;

	static final int MAX_DECIMALS = 6;

	private static final List<TradeIndicator> BALANCE_FLOWS = List.of(TradeIndicator.EXPORTS, TradeIndicator.IMPORTS,
			TradeIndicator.TURNOVER, TradeIndicator.BALANCE);

	/**
	 * Validates raw parameters. {@code year} is shorthand for {@code from = to = year}
	 * and cannot be combined with them.
	 */
	public static TradeRequest parse(String country, String partner, TradeIndicator indicator, Integer year,
			Integer from, Integer to, String reporter, BigDecimal jumpThreshold, Integer decimals) {
		String c = countryCode("country", country);
		String p = countryCode("partner", partner);
		if (c.equals(p)) {
			throw new InvalidParameterException("partner", "must differ from country (both are " + c + ")");
		}
		if (year != null && (from != null || to != null)) {
			throw new InvalidParameterException("year", "cannot be combined with from or to");
		}
		Integer first = (year != null) ? year : from;
		Integer last = (year != null) ? year : to;
		checkYear((year != null) ? "year" : "from", first);
		checkYear((year != null) ? "year" : "to", last);
		if (first != null && last != null && first > last) {
			throw new InvalidParameterException("from", "must not be after to (" + first + " > " + last + ")");
		}
		String r = (reporter == null || reporter.isBlank()) ? null : countryCode("reporter", reporter);
		List<TradeIndicator> indicators = (indicator != null) ? List.of(indicator) : List.of(TradeIndicator.values());
		return new TradeRequest(c, p, indicators, first, last, r, jumpThreshold(jumpThreshold), decimals(decimals));
	}

	/** The jump threshold asked for, checked, or the default. */
	public static BigDecimal jumpThreshold(BigDecimal jumpThreshold) {
		BigDecimal threshold = (jumpThreshold != null) ? jumpThreshold : DEFAULT_JUMP_THRESHOLD;
		// Bounded in size and precision: a value such as 1e-999999999 would make every
		// comparison explode.
		if (threshold.scale() > 6 || threshold.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
			throw new InvalidParameterException("jumpThreshold",
					"must be a percentage up to 1000000 with at most 6 decimals");
		}
		if (threshold.signum() <= 0) {
			throw new InvalidParameterException("jumpThreshold", "must be a positive percentage");
		}
		return threshold;
	}

	/** The decimals asked for, checked, or the default. */
	public static int decimals(Integer decimals) {
		int d = (decimals != null) ? decimals : TradeMath.DEFAULT_PERCENT_DECIMALS;
		if (d < 0 || d > MAX_DECIMALS) {
			throw new InvalidParameterException("decimals", "must be between 0 and " + MAX_DECIMALS);
		}
		return d;
	}

	/** Every indicator of a pair, with no year bounds: what the flags are raised over. */
	public static TradeRequest wholePair(String country, String partner, BigDecimal jumpThreshold, int decimals) {
		return new TradeRequest(country, partner, List.of(TradeIndicator.values()), null, null, null, jumpThreshold,
				decimals);
	}

	/** The same request for the flows a balance is made of. */
	public TradeRequest forBalance() {
		return withIndicators(BALANCE_FLOWS);
	}

	/** The same request for other indicators. */
	TradeRequest withIndicators(List<TradeIndicator> indicators) {
		return new TradeRequest(this.country, this.partner, indicators, this.from, this.to, this.reporter,
				this.jumpThreshold, this.decimals);
	}

	/** The stored indicators the requested ones need to read. */
	public Set<TradeIndicator> storedIndicators() {
		return TradeIndicator.storedNeededFor(indicatorSet());
	}

	Set<TradeIndicator> indicatorSet() {
		return EnumSet.copyOf(this.indicators);
	}

	boolean includesYear(int year) {
		return (this.from == null || year >= this.from) && (this.to == null || year <= this.to);
	}

	private static String countryCode(String parameter, String value) {
		String code = CountryCodes.parameter(parameter, value);
		if (code == null) {
			throw new InvalidParameterException(parameter, "is required");
		}
		return code;
	}

	private static void checkYear(String parameter, Integer year) {
		if (year != null && (year < 1900 || year > 2100)) {
			throw new InvalidParameterException(parameter, "must be a year between 1900 and 2100");
		}
	}

}
