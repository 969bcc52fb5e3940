package org.kzcz.relations.trade.figures;

import java.math.BigDecimal;
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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.kzcz.relations.curation.VersionedEntity;
import org.kzcz.relations.trade.analysis.PeriodKind;
import org.kzcz.relations.trade.analysis.Scale;
import org.kzcz.relations.trade.analysis.ValueQualifier;

/**
 * One reporter's value for one flow and period, stored as the sources state it, with the
 * sources citing it. Reads go through {@link TradeFigures} and
 * {@link TradeFigureService}; the entity is for curators' writes
 * ({@link TradeFigureCurationService}), its {@code @Version} guarding concurrent edits.
 */
@Entity
@Table(name = "trade_figure")
class TradeFigure extends VersionedEntity {

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

	TradeFigure() {
	}

	/**
	 * Takes every field and citation from a curator's request, and marks the figure
	 * changed. The citations are replaced as a whole (the old rows are deleted by the
	 * figure's id, then the new ones inserted).
	 */
	void describe(TradeFigureRequest request, Long reporterAgencyId, Set<Citation> citations) {
		this.reporterCountry = request.reporter();
		this.reporterStated = request.reporterStated();
		this.reporterAgencyId = reporterAgencyId;
		this.countryCode = request.country();
		this.partnerCode = request.partner();
		this.indicator = request.indicator();
		this.periodKind = request.periodKind();
		this.periodStart = request.periodStart();
		this.periodEnd = request.periodEnd();
		this.value = request.value();
		this.valueQualifier = request.valueQualifier();
		this.currency = request.currency();
		this.scale = request.scale();
		this.unit = request.unit();
		this.note = request.note();
		this.citations = new LinkedHashSet<>(citations);
		touch();
	}

	/** A source citing the figure, with what it stated alongside. */
	@Embeddable
	record Citation(@Column(name = "source_id") Long sourceId, @Column(name = "stated_text") String statedText,
			@Column(name = "stated_change_pct", precision = 38, scale = 10) BigDecimal statedChangePct) {

	}

}
