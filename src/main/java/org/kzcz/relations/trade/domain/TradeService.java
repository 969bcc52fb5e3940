package org.kzcz.relations.trade.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.kzcz.relations.common.CountryCodes;
import org.kzcz.relations.common.InvalidParameterException;
import org.kzcz.relations.trade.domain.TradeFlag.Severity;
import org.kzcz.relations.trade.domain.TradeFlagsResponse.FlagEntry;
import org.kzcz.relations.trade.domain.TradeFlagsResponse.FlagsRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trade analytics: each request reads its figures with one statement and computes
 * everything else in one pass over them ({@link TradeAnalysis}).
 */
@Service
@Transactional(readOnly = true)
public class TradeService {

	private final TradeFigures figures;

	TradeService(TradeFigures figures) {
		this.figures = figures;
	}

	public TradeSeriesResponse series(TradeRequest request) {
		return new TradeSeriesResponse(request, analyse(request, request.reporter()).series());
	}

	public TradeBalanceResponse balance(TradeRequest request) {
		TradeRequest flows = request.withIndicators(List.of(TradeIndicator.EXPORTS, TradeIndicator.IMPORTS,
				TradeIndicator.TURNOVER, TradeIndicator.BALANCE));
		return new TradeBalanceResponse(flows, analyse(flows, request.reporter()).balance());
	}

	/** Every reporter's figures: a reporter filter would defeat the comparison. */
	public TradeComparisonResponse comparison(TradeRequest request) {
		return new TradeComparisonResponse(request, analyse(request, null).comparison());
	}

	/**
	 * Every flag the analysis raises over every pair (or the pairs of one country or
	 * partner), each with the figure it is raised on: one read and one analysis per pair.
	 */
	public TradeFlagsResponse flags(String country, String partner, Severity severity, BigDecimal jumpThreshold,
			Integer decimals) {
		String c = CountryCodes.parameter("country", country);
		String p = CountryCodes.parameter("partner", partner);
		if (c != null && c.equals(p)) {
			throw new InvalidParameterException("partner", "must differ from country (both are " + c + ")");
		}
		FlagsRequest echo = new FlagsRequest(c, p, severity, TradeRequest.jumpThreshold(jumpThreshold),
				TradeRequest.decimals(decimals));
		List<FlagEntry> entries = new ArrayList<>();
		for (List<String> side : this.figures.sides(c, p)) {
			TradeRequest request = TradeRequest.wholePair(side.get(0), side.get(1), echo.jumpThreshold(),
					echo.decimals());
			for (FlaggedFigure flagged : analyse(request, null).flagged()) {
				TradePoint point = flagged.point();
				for (TradeFlag flag : point.flags()) {
					if (severity == null || flag.severity() == severity) {
						entries.add(entry(request, flagged, flag));
					}
				}
			}
		}
		return new TradeFlagsResponse(echo, entries);
	}

	private static FlagEntry entry(TradeRequest request, FlaggedFigure flagged, TradeFlag flag) {
		TradePoint point = flagged.point();
		Long id = flagged.figureId();
		String series = "/api/v1/trade/series?country=" + request.country() + "&partner=" + request.partner()
				+ "&indicator=" + point.indicator() + "&from=" + point.period().start().getYear() + "&to="
				+ point.period().end().getYear();
		return new FlagEntry(request.country(), request.partner(), flag.code(), flag.severity(), flag.message(),
				point.indicator(), point.period(), point.reporter(), point.value(), point.valueQualifier(),
				point.currency(), point.scale(), point.derived(), point.derivation(), id,
				(id != null) ? TradeFigureResponse.self(id) : null, series, point.sources());
	}

	private TradeAnalysis analyse(TradeRequest request, String reporter) {
		return TradeAnalysis.of(request, this.figures.read(request, reporter));
	}

}
