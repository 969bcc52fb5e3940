package org.kzcz.relations.trade.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One reporter's value for one flow and period, stored as the sources state it, with the
 * sources citing it. Reads go through {@link TradeFigures}; the entity is for writes.
 */
@Entity
@Table(name = "trade_figure")
class TradeFigure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "reporter_country", columnDefinition = "bpchar(2)")
	private String reporterCountry;

	@Column(name = "reporter_stated")
	private boolean reporterStated;

	@Column(name = "reporter_agency_id")
	private Long reporterAgencyId;

	@Column(name = "country_code", columnDefinition = "bpchar(2)")
	private String countryCode;

	@Column(name = "partner_code", columnDefinition = "bpchar(2)")
	private String partnerCode;

	@Enumerated(EnumType.STRING)
	private StoredIndicator indicator;

	@Enumerated(EnumType.STRING)
	@Column(name = "period_kind")
	private PeriodKind periodKind;

	@Column(name = "period_start")
	private LocalDate periodStart;

	@Column(name = "period_end")
	private LocalDate periodEnd;

	@Column(precision = 38, scale = 10)
	private BigDecimal value;

	@Enumerated(EnumType.STRING)
	@Column(name = "value_qualifier")
	private ValueQualifier valueQualifier;

	@Column(columnDefinition = "bpchar(3)")
	private String currency;

	@Enumerated(EnumType.STRING)
	private Scale scale;

	private String unit;

	private String note;

	@ElementCollection
	@CollectionTable(name = "trade_figure_source", joinColumns = @JoinColumn(name = "trade_figure_id"))
	private Set<Citation> citations = new LinkedHashSet<>();

	@Version
	private long version;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected TradeFigure() {
	}

	Long getId() {
		return this.id;
	}

	String getReporterCountry() {
		return this.reporterCountry;
	}

	String getCountryCode() {
		return this.countryCode;
	}

	String getPartnerCode() {
		return this.partnerCode;
	}

	StoredIndicator getIndicator() {
		return this.indicator;
	}

	PeriodKind getPeriodKind() {
		return this.periodKind;
	}

	LocalDate getPeriodStart() {
		return this.periodStart;
	}

	LocalDate getPeriodEnd() {
		return this.periodEnd;
	}

	BigDecimal getValue() {
		return this.value;
	}

	String getCurrency() {
		return this.currency;
	}

	Scale getScale() {
		return this.scale;
	}

	Set<Citation> getCitations() {
		return this.citations;
	}

	/**
	 * Everything the trade_figure table can hold, including the counts and ranks the
	 * analytics do not use.
	 */
	enum StoredIndicator {

		EXPORTS, IMPORTS, TURNOVER, FDI_INFLOW, FDI_CUMULATIVE, COMPANIES_COUNT, STUDENTS_COUNT, TRADE_PARTNER_RANK,
		CRUDE_OIL_SUPPLIER_RANK

	}

	/** A source citing the figure, with what it stated alongside. */
	@Embeddable
	record Citation(@Column(name = "source_id") Long sourceId, @Column(name = "stated_text") String statedText,
			@Column(name = "stated_change_pct", precision = 38, scale = 10) BigDecimal statedChangePct) {

	}

}
