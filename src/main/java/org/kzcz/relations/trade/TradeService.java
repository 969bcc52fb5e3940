package org.kzcz.relations.trade;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kzcz.relations.trade.analysis.BalanceRow;
import org.kzcz.relations.trade.analysis.ComparisonGroup;
import org.kzcz.relations.trade.analysis.FlaggedFigure;
import org.kzcz.relations.trade.analysis.TradeAnalysis;
import org.kzcz.relations.trade.analysis.TradeFlag;
import org.kzcz.relations.trade.analysis.TradePoint;
import org.kzcz.relations.trade.analysis.TradeRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trade analytics: each request reads its figures with one statement and builds the
 * view it asks for from one {@link TradeAnalysis} of them.
 */
@Service
@Transactional(readOnly = true)
public class TradeService {

	private final TradeFigures figures;

	TradeService(TradeFigures figures) {
		this.figures = figures;
	}

	public List<TradePoint> series(TradeRequest request) {
		return analyse(request, request.reporter()).series();
	}

	/** The balance of a request for the flows ({@link TradeRequest#forBalance()}). */
	public List<BalanceRow> balance(TradeRequest flows) {
		return analyse(flows, flows.reporter()).balance();
	}

	/** Every reporter's figures: a reporter filter would defeat the comparison. */
	public List<ComparisonGroup> comparison(TradeRequest request) {
		return analyse(request, null).comparison();
	}

	/**
	 * The flagged figures of every pair (or the pairs of one country or partner), read
	 * from the side {@link TradeFigures#sides} gives: one read and one analysis per pair.
	 * Country codes are checked and normalised; an unknown one is a 400.
	 */
	public List<PairFlags> flagged(String country, String partner, BigDecimal jumpThreshold, int decimals) {
		List<PairFlags> pairs = new ArrayList<>();
		for (List<String> side : this.figures.sides(country, partner)) {
			TradeRequest request = TradeRequest.wholePair(side.get(0), side.get(1), jumpThreshold, decimals);
			pairs.add(new PairFlags(request, analyse(request, null).flagged()));
		}
		return pairs;
	}

	/**
	 * The flags the analysis raises on figures stored from the country's side of the
	 * pair, by figure id, with the default threshold and decimals.
	 */
	public Map<Long, List<TradeFlag>> flagsOfStoredFigures(String country, String partner) {
		TradeRequest request = TradeRequest.wholePair(country, partner, TradeRequest.DEFAULT_JUMP_THRESHOLD,
				TradeRequest.DEFAULT_DECIMALS);
		return analyse(request, null).flagsOfStoredFigures();
	}

	private TradeAnalysis analyse(TradeRequest request, String reporter) {
		return TradeAnalysis.of(request, this.figures.read(request, reporter));
	}

	/**
	 * One pair's flagged figures.
	 *
	 * @param request the pair, read from its country's side
	 * @param flagged its flagged figures, in figure order
	 */
	public record PairFlags(TradeRequest request, List<FlaggedFigure> flagged) {
	}

}
