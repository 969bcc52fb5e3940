package org.kzcz.relations.trade.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotWritableException;

/**
 * Writes the trade responses as {@code text/csv} (UTF-8, RFC 4180), so content
 * negotiation serves CSV for {@code Accept: text/csv}.
 */
class TradeCsvHttpMessageConverter extends TradeAnswerConverter {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	TradeCsvHttpMessageConverter() {
		super(TEXT_CSV, Set.of(TradeSeriesResponse.class, TradeBalanceResponse.class, TradeComparisonResponse.class,
				TradeFlagsResponse.class));
	}

	@Override
	protected void writeInternal(Object body, HttpOutputMessage output)
			throws IOException, HttpMessageNotWritableException {
		switch (body) {
			case TradeSeriesResponse series -> TradeCsv.SERIES.write(TradeCsv.rows(series), output.getBody());
			case TradeBalanceResponse balance -> TradeCsv.BALANCE.write(TradeCsv.rows(balance), output.getBody());
			case TradeComparisonResponse comparison ->
				TradeCsv.COMPARISON.write(TradeCsv.rows(comparison), output.getBody());
			case TradeFlagsResponse flags -> TradeCsv.FLAGS.write(flags.flags(), output.getBody());
			default -> throw new HttpMessageNotWritableException("No CSV layout for " + body.getClass());
		}
	}

}
