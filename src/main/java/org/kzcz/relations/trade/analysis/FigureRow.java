package org.kzcz.relations.trade.analysis;

import java.math.BigDecimal;
import java.util.List;

import org.kzcz.relations.common.facts.SourceRef;

/**
 * One stored trade figure as the query reads it, before it is turned to the requested
 * country's side.
 *
 * @param id the figure's id
 * @param reporter the reporting country, its agency and whether the source names it
 * @param storedCountry the country the stored flow is from the side of
 * @param storedPartner the stored partner
 * @param indicator the stored indicator
 * @param period the period
 * @param value the value as stored (its scale is the precision the source printed)
 * @param qualifier how the source qualified the value
 * @param currency the currency
 * @param scale the scale
 * @param unit the unit
 * @param sources the citing sources, by slug
 * @param stated the growth rates the sources state alongside, by source slug
 */
public record FigureRow(long id, TradeReporter reporter, String storedCountry, String storedPartner,
		TradeIndicator indicator, Period period, BigDecimal value, ValueQualifier qualifier, String currency,
		Scale scale, String unit, List<SourceRef> sources, List<StatedChange> stated) {

}
