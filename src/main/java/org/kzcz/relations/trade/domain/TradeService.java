package org.kzcz.relations.trade.domain;

import java.util.List;

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

	private TradeAnalysis analyse(TradeRequest request, String reporter) {
		return TradeAnalysis.of(request, this.figures.read(request, reporter));
	}

}
