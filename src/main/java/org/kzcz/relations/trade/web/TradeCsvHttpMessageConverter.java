package org.kzcz.relations.trade.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.kzcz.relations.trade.domain.TradeBalanceResponse;
import org.kzcz.relations.trade.domain.TradeComparisonResponse;
import org.kzcz.relations.trade.domain.TradeFlagsResponse;
import org.kzcz.relations.trade.domain.TradeSeriesResponse;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;

/**
 * Writes the trade responses as {@code text/csv} (UTF-8, RFC 4180), so content
 * negotiation serves CSV for {@code Accept: text/csv}.
 */
class TradeCsvHttpMessageConverter extends AbstractHttpMessageConverter<Object> {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	TradeCsvHttpMessageConverter() {
		super(StandardCharsets.UTF_8, TEXT_CSV);
	}

	@Override
	protected boolean supports(Class<?> clazz) {
		return clazz == TradeSeriesResponse.class || clazz == TradeBalanceResponse.class
				|| clazz == TradeComparisonResponse.class || clazz == TradeFlagsResponse.class;
	}

	@Override
	public boolean canRead(Class<?> clazz, MediaType mediaType) {
		return false;
	}

	@Override
	protected Object readInternal(Class<?> clazz, HttpInputMessage inputMessage)
			throws HttpMessageNotReadableException {
		throw new HttpMessageNotReadableException("CSV is not accepted as input", inputMessage);
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
