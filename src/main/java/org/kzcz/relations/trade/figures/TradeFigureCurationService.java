package org.kzcz.relations.trade.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.kzcz.relations.common.problems.ConflictException;
import org.kzcz.relations.common.curation.References.Kind;
import org.kzcz.relations.common.curation.References;
import org.kzcz.relations.curation.CurationSupport;
import org.kzcz.relations.curation.KeyedCurationService;
import org.kzcz.relations.trade.analysis.PeriodKind;
import org.kzcz.relations.trade.analysis.Scale;
import org.kzcz.relations.trade.figures.TradeFigure.Citation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Creates, replaces, patches and deletes trade figures: what is a trade figure's own in
 * the curation template. A figure is known by its id and is one source's statement of one
 * value: a write changes only the figure it names, never another figure for the same flow
 * and period (a different value is kept beside it, and the series flag the disagreement);
 * only an exact duplicate (same reporter, flow, period, currency and value) is refused
 * with 409. Its citations are an element collection of the entity.
 */
@Service
class TradeFigureCurationService
		extends KeyedCurationService<Long, TradeFigure, TradeFigureRequest, TradeFigureResponse> {

	private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies()
		.stream()
		.map(Currency::getCurrencyCode)
		.collect(Collectors.toUnmodifiableSet());

	private static final MonthDay NEW_YEAR = MonthDay.of(1, 1);

	private static final MonthDay NEW_YEARS_EVE = MonthDay.of(12, 31);

	private final TradeFigureRepository figures;

	private final JdbcClient jdbc;

	TradeFigureCurationService(TradeFigureRepository figures, TradeFigureService reads, CurationSupport support) {
		super(new Keyed<>("trade figure", TradeFigureRequest.class, figures, TradeFigure::new, reads::find,
				TradeFigureRequest::of), support);
		this.figures = figures;
		this.jdbc = support.jdbc();
	}

	@Override
	protected Optional<TradeFigure> find(Long id) {
		return this.figures.findById(id);
	}

	@Override
	protected Long keyOf(TradeFigure figure) {
		return figure.getId();
	}

	@Override
	protected void describe(TradeFigure figure, TradeFigureRequest request, References.Check refs) {
		figure.describe(request, refs.id(Kind.ORGANIZATION, request.reporterAgency()), citations(request, refs));
	}

	/**
	 * Every rule of a figure and every reference it makes, checked at once: 422 naming
	 * each broken field.
	 */
	@Override
	protected void check(TradeFigureRequest request, References.Check refs) {
		if (request.country().equals(request.partner())) {
			refs.reject("partner", "must differ from country (both are " + request.country() + ")");
		}
		checkPeriod(refs, request.periodKind(), request.periodStart(), request.periodEnd());
		checkMeasure(refs, request);
		refs.require(Kind.COUNTRY, "reporter", request.reporter())
			.require(Kind.COUNTRY, "country", request.country())
			.require(Kind.COUNTRY, "partner", request.partner())
			.require(Kind.ORGANIZATION, "reporterAgency", request.reporterAgency());
		Map<String, Integer> cited = new HashMap<>();
		for (int i = 0; i < request.sources().size(); i++) {
			String source = request.sources().get(i).source();
			String field = "sources[" + i + "].source";
			Integer earlier = cited.putIfAbsent(source, i);
			if (earlier != null) {
				refs.reject(field, "'" + source + "' is already cited in sources[" + earlier + "] (once per source)");
			}
			refs.require(Kind.SOURCE, field, source);
		}
	}

	/** The reporting agency is one of the reporter's. */
	@Override
	protected void checkResolved(TradeFigureRequest request, TradeFigure existing, References.Check refs) {
		String agencyCountry = refs.country(Kind.ORGANIZATION, request.reporterAgency());
		if (agencyCountry != null && !agencyCountry.equals(request.reporter())) {
			refs.reject("reporterAgency", "'" + request.reporterAgency() + "' belongs to " + agencyCountry
					+ ", but the figure is reported by " + request.reporter());
		}
	}

	/**
	 * The period's shape: a YEAR is a calendar year, a PARTIAL_YEAR runs from 1 January
	 * to a day before the year ends, a QUARTER or HALF_YEAR is a calendar quarter or
	 * half, a POINT_IN_TIME is one day, a CUMULATIVE range anything that does not end
	 * before it starts.
	 */
	static void checkPeriod(References.Check refs, PeriodKind kind, LocalDate start, LocalDate end) {
		if (end.isBefore(start)) {
			refs.reject("periodEnd", "must not be before periodStart (" + start + ")");
			return;
		}
		switch (kind) {
			case YEAR -> {
				if (!MonthDay.from(start).equals(NEW_YEAR)) {
					refs.reject("periodStart", "a YEAR starts on 1 January");
				}
				else if (!end.equals(start.withMonth(12).withDayOfMonth(31))) {
					refs.reject("periodEnd",
							"a YEAR starting " + start + " ends on " + start.withMonth(12).withDayOfMonth(31));
				}
			}
			case PARTIAL_YEAR -> {
				if (!MonthDay.from(start).equals(NEW_YEAR)) {
					refs.reject("periodStart", "a PARTIAL_YEAR runs from 1 January (year to date)");
				}
				else if (end.getYear() != start.getYear()) {
					refs.reject("periodEnd", "a PARTIAL_YEAR ends in the year it starts (" + start.getYear() + ")");
				}
				else if (MonthDay.from(end).equals(NEW_YEARS_EVE)) {
					refs.reject("periodKind", "the period is the whole of " + start.getYear() + ": use YEAR");
				}
			}
			case QUARTER -> calendarPart(refs, kind, start, end, 3);
			case HALF_YEAR -> calendarPart(refs, kind, start, end, 6);
			case POINT_IN_TIME -> {
				if (!end.equals(start)) {
					refs.reject("periodEnd", "a POINT_IN_TIME ends on the day it starts (" + start + ")");
				}
			}
			case CUMULATIVE -> {
				// any range over one or more years
			}
		}
	}

	/** A calendar quarter or half: starts on the first day of one, ends on its last. */
	private static void calendarPart(References.Check refs, PeriodKind kind, LocalDate start, LocalDate end,
			int months) {
		if (start.getDayOfMonth() != 1 || (start.getMonthValue() - 1) % months != 0) {
			refs.reject("periodStart", "a " + kind + " starts on the first day of a calendar " + ((months == 3)
					? "quarter (1 January, 1 April, 1 July or 1 October)" : "half (1 January or 1 July)"));
			return;
		}
		LocalDate last = start.plusMonths(months).minusDays(1);
		if (!end.equals(last)) {
			refs.reject("periodEnd", "a " + kind + " starting " + start + " ends on " + last);
		}
	}

	/**
	 * Currency, scale, unit and value: money has a known currency and a scale, counts and
	 * ranks have no currency; trade flows and counts are not negative, ranks are whole
	 * numbers from 1.
	 */
	private static void checkMeasure(References.Check refs, TradeFigureRequest request) {
		StoredIndicator indicator = request.indicator();
		if (indicator.isMoney()) {
			if (request.currency() == null) {
				refs.reject("currency", "is required for " + indicator + " (an amount of money)");
			}
			if (request.scale() == null) {
				refs.reject("scale", "is required for " + indicator + " (MILLION for 467 million)");
			}
		}
		else {
			if (request.currency() != null) {
				refs.reject("currency", "must be left out for " + indicator + " (a "
						+ (indicator.isRank() ? "rank" : "count") + ", not money)");
			}
			if (request.unit() == null) {
				refs.reject("unit", "is required for " + indicator + " (what is counted or ranked, e.g. companies)");
			}
		}
		if (request.currency() != null && !CURRENCIES.contains(request.currency())) {
			refs.reject("currency", "'" + request.currency() + "' is not an ISO 4217 currency code");
		}
		BigDecimal value = request.value();
		if ((indicator.isTradeFlow() || indicator.isCount()) && value.signum() < 0) {
			refs.reject("value", "must not be negative for " + indicator);
		}
		if (indicator.isRank()) {
			if (!isWhole(value) || value.signum() <= 0) {
				refs.reject("value", "a rank is a whole number from 1");
			}
			if (request.scale() != Scale.UNIT) {
				refs.reject("scale", "a rank is stated at scale UNIT");
			}
		}
		else if (indicator.isCount() && request.scale() == Scale.UNIT && !isWhole(value)) {
			refs.reject("value", "a count at scale UNIT is a whole number");
		}
	}

	private static boolean isWhole(BigDecimal value) {
		return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
	}

	/**
	 * 409 when another figure already states the same value for the same reporter, flow,
	 * period and currency: cite it instead.
	 */
	@Override
	protected void refuseDuplicate(TradeFigureRequest request, TradeFigure existing) {
		List<Long> same = this.jdbc.sql("""
				select id from trade_figure
				where reporter_country = :reporter and country_code = :country and partner_code = :partner
				  and indicator = :indicator and period_start = :start and period_end = :end
				  and currency is not distinct from cast(:currency as text) and value = :value
				  and (cast(:self as bigint) is null or id <> :self)
				""")
			.param("reporter", request.reporter())
			.param("country", request.country())
			.param("partner", request.partner())
			.param("indicator", request.indicator().name())
			.param("start", request.periodStart())
			.param("end", request.periodEnd())
			.param("currency", request.currency())
			.param("value", request.value())
			.param("self", (existing != null) ? existing.getId() : null)
			.query(Long.class)
			.list();
		if (!same.isEmpty()) {
			long other = same.get(0);
			throw new ConflictException("value",
					"Trade figure " + other + " already states this value for the same reporter, flow, period and "
							+ "currency; add your source to it instead (" + TradeFigureResponse.self(other) + ").");
		}
	}

	private static Set<Citation> citations(TradeFigureRequest request, References.Check refs) {
		Set<Citation> citations = new LinkedHashSet<>();
		for (TradeFigureRequest.Citation c : request.sources()) {
			citations.add(new Citation(refs.id(Kind.SOURCE, c.source()), c.statedText(), c.statedChangePct()));
		}
		return citations;
	}

}
