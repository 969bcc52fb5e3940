package org.kzcz.relations.trade.web;

/**
 * Example requests and responses shown in Swagger UI, taken from the seeded figures.
 */
final class TradeExamples {

	static final String SERIES_JSON = "{}";

	static final String SERIES_CSV = "";

	static final String BALANCE_JSON = "{}";

	static final String BALANCE_CSV = "";

	static final String COMPARISON_JSON = "{}";

	static final String COMPARISON_CSV = "";

	static final String PROBLEM_JSON = """
			{"type": "/problems/invalid-parameter", "title": "Invalid parameter", "status": 400,
			 "detail": "Parameter 'indicator' 'GDP' is not one of [EXPORTS, IMPORTS, TURNOVER, BALANCE, FDI_INFLOW, FDI_CUMULATIVE]",
			 "errors": [{"name": "indicator", "message": "'GDP' is not one of [EXPORTS, IMPORTS, TURNOVER, BALANCE, FDI_INFLOW, FDI_CUMULATIVE]"}]}""";

	private TradeExamples() {
	}

}
