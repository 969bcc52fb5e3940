package org.kzcz.relations.trade.web;

import java.math.BigDecimal;
import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.GlobalOperationCustomizer;

import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * The words and examples of the trade endpoints' query parameters, written once: most
 * mean the same on every endpoint; where an endpoint words one its own way, its entry
 * says so. {@link TradeController}'s handlers only declare and bind the parameters.
 */
@Component
class TradeParameterDocs implements GlobalOperationCustomizer {

	private static final String DECIMALS = "Decimals of every computed number: percentages, ratios, derived values, "
			+ "changes (default 1, at most 6)";

	/**
	 * What a parameter means on every trade endpoint that does not word it its own way.
	 */
	private static final Map<String, Doc> SHARED = Map.ofEntries(
			Map.entry("country", new Doc("The side flows are read from", "KZ")),
			Map.entry("partner", new Doc("The other party", "CZ")),
			Map.entry("year", new Doc("One year (shorthand for from = to = year)", 2023)),
			Map.entry("from", new Doc("First year, instead of year", 2019)),
			Map.entry("to", new Doc("Last year, instead of year", 2025)),
			Map.entry("indicator", new Doc("Only this indicator; all when omitted", "TURNOVER")),
			Map.entry("reporter", new Doc("Only this reporter's figures; every reporter when omitted", "KZ")),
			Map.entry("jumpThreshold", new Doc("Changes beyond this many percent are flagged JUMP (default 50)", 50)),
			Map.entry("decimals", new Doc(DECIMALS, 1)),
			Map.entry("format",
					new Doc("csv, json or svg; overrides the Accept header (leave it empty to choose by Accept)",
							null)),
			Map.entry("width",
					new Doc("Width of the SVG chart in pixels, " + ChartSize.MIN_WIDTH + " to " + ChartSize.MAX_WIDTH
							+ " (default 960)", 960, ChartSize.MIN_WIDTH, ChartSize.MAX_WIDTH)),
			Map.entry("height", new Doc("Height of the SVG chart in pixels, " + ChartSize.MIN_HEIGHT + " to "
					+ ChartSize.MAX_HEIGHT + " (default 600)", 600, ChartSize.MIN_HEIGHT, ChartSize.MAX_HEIGHT)));

	/** The parameters an endpoint (by its handler's name) words its own way. */
	private static final Map<String, Map<String, Doc>> OWN = Map
		.of("series", Map.of("country", new Doc("The side flows are read from (ISO 3166-1 alpha-2, or EU)", "KZ"),
				"indicator", new Doc("What to measure; all indicators when omitted", "TURNOVER"), "from",
				new Doc("First year (periods ending in it or later); no lower bound when omitted", 2019), "to",
				new Doc("Last year (periods ending in it or earlier); no upper bound when omitted", 2025), "reporter",
				new Doc("Only this reporter's figures (KZ: Kazakh statistics, CZ: Czech); every reporter when omitted "
						+ "or empty", "KZ")),
				"comparison", Map.of("year", new Doc("One year (shorthand for from = to = year)", 2022)), "flags",
				Map.of("country",
						new Doc("Only pairs read from this side (ISO 3166-1 alpha-2, or EU); every pair when omitted",
								"KZ"),
						"partner", new Doc("Only pairs with this other party", "EU"), "severity",
						new Doc("Only flags of this severity; both when omitted", "WARNING"), "decimals",
						new Doc("Decimals of every computed number (default 1, at most 6)", 1), "format",
						new Doc("csv or json; overrides the Accept header", "csv")));

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		if (handlerMethod.getBeanType() != TradeController.class || operation.getParameters() == null) {
			return operation;
		}
		Map<String, Doc> own = OWN.getOrDefault(handlerMethod.getMethod().getName(), Map.of());
		for (Parameter parameter : operation.getParameters()) {
			Doc doc = own.getOrDefault(parameter.getName(), SHARED.get(parameter.getName()));
			if (doc != null) {
				doc.describe(parameter);
			}
		}
		return operation;
	}

	/**
	 * One parameter's words.
	 *
	 * @param description what it means
	 * @param example an example value, or null
	 * @param minimum its least value, or null
	 * @param maximum its greatest value, or null
	 */
	private record Doc(String description, Object example, Integer minimum, Integer maximum) {

		Doc(String description, Object example) {
			this(description, example, null, null);
		}

		void describe(Parameter parameter) {
			parameter.setDescription(this.description);
			parameter.setExample(this.example);
			if (this.minimum != null) {
				// a schema of its own: springdoc shares one integer schema between
				// parameters
				parameter.setSchema(new IntegerSchema().minimum(BigDecimal.valueOf(this.minimum))
					.maximum(BigDecimal.valueOf(this.maximum)));
			}
		}

	}

}
