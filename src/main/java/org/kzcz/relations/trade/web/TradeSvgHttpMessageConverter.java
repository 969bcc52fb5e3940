package org.kzcz.relations.trade.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotWritableException;

/**
 * Writes the trade series, balance and comparison as an SVG chart
 * ({@code image/svg+xml}), the third representation beside JSON and CSV. An SVG opened on
 * its own is a document a browser renders: the answer forbids it every script, plugin and
 * outside resource ({@code Content-Security-Policy}), in case anything ever got past the
 * escaping of text.
 */
class TradeSvgHttpMessageConverter extends TradeAnswerConverter {

	static final String IMAGE_SVG_VALUE = "image/svg+xml";

	static final MediaType IMAGE_SVG = new MediaType("image", "svg+xml", StandardCharsets.UTF_8);

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

	TradeSvgHttpMessageConverter() {
		super(IMAGE_SVG, Set.of(TradeSeriesResponse.class, TradeBalanceResponse.class, TradeComparisonResponse.class));
	}

	@Override
	protected void writeInternal(Object body, HttpOutputMessage output)
			throws IOException, HttpMessageNotWritableException {
		TradeChart chart = switch (body) {
			case TradeSeriesResponse series -> TradeChart.of(series);
			case TradeBalanceResponse balance -> TradeChart.of(balance);
			case TradeComparisonResponse comparison -> TradeChart.of(comparison);
			default -> throw new HttpMessageNotWritableException("No chart for " + body.getClass());
		};
		ChartSize size = ChartSize.ofThisRequest();
		byte[] svg = TradeSvg.render(chart, size.width(), size.height()).getBytes(StandardCharsets.UTF_8);
		output.getHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		output.getBody().write(svg);
	}

}
