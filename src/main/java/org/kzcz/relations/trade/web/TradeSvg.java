package org.kzcz.relations.trade.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.kzcz.relations.common.facts.SourceRef;
import org.kzcz.relations.trade.analysis.Scale;
import org.kzcz.relations.trade.web.TradeChart.Mark;

/**
 * Draws a {@link TradeChart} with JFreeChart into SVG (JFreeSVG): one panel per currency,
 * each with its own axis in one scale; one line (series) or bar series (balance,
 * comparison) per reporter and indicator. Derived values are pale, flagged ones outlined
 * in red, partial periods square and dashed (lines) or dashed (bars); a second legend
 * says so, and the sources are the caption. Text from the data reaches the SVG only as
 * the content of text elements, escaped; characters XML cannot carry are dropped first.
 */
final class TradeSvg {

	private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);

	private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

	private static final Color FLAG = new Color(0xC6, 0x28, 0x28);

	/** Okabe-Ito: told apart with the common colour-vision deficiencies. */
	private static final Color[] PALETTE = { new Color(0x00, 0x72, 0xB2), new Color(0xE6, 0x9F, 0x00),
			new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7), new Color(0x56, 0xB4, 0xE9),
			new Color(0xD5, 0x5E, 0x00), new Color(0x00, 0x00, 0x00), new Color(0xF0, 0xE4, 0x42) };

	private static final Stroke LINE = new BasicStroke(2f);

	private static final Stroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
			new float[] { 6f, 4f }, 0f);

	private static final Stroke FLAG_OUTLINE = new BasicStroke(2.5f);

	private static final Shape DOT = new Ellipse2D.Double(-4.5, -4.5, 9, 9);

	private static final Shape FLAG_DOT = new Ellipse2D.Double(-6, -6, 12, 12);

	private static final Shape SQUARE = new Rectangle2D.Double(-4, -4, 8, 8);

	private static final Shape FLAG_SQUARE = new Rectangle2D.Double(-5.5, -5.5, 11, 11);

	private static final int MAX_SOURCES = 12;

	private static final int MAX_TEXT = 120;

	private static final int MAX_TITLE = 300;

	private static final Stroke GRID = new BasicStroke(0.5f);

	static {
		// Rotated text (the value axes' labels) as SVG text, which readers and searches
		// see,
		// not as glyph outlines: the workaround is for an old JDK bug of bitmap drawing.
		TextUtils.setUseDrawRotatedStringWorkaround(false);
	}

	private TradeSvg() {
	}

	static String render(TradeChart chart, int width, int height) {
		Map<String, Color> colours = new LinkedHashMap<>();
		chart.marks()
			.forEach((mark) -> colours.computeIfAbsent(mark.group(),
					(name) -> PALETTE[colours.size() % PALETTE.length]));
		Plot plot = (chart.kind() == TradeChart.Kind.LINES) ? lines(chart, colours) : bars(chart, colours);
		JFreeChart drawing = new JFreeChart(text(chart.title(), MAX_TITLE), TITLE, plot, true);
		drawing.setBackgroundPaint(Color.WHITE);
		drawing.setTextAntiAlias(true);
		drawing.getLegend().setItemFont(TEXT);
		drawing.getLegend().setFrame(BlockBorder.NONE);
		drawing.addSubtitle(0, new TextTitle(text(chart.subtitle(), MAX_TITLE), TEXT));
		LegendTitle marks = new LegendTitle(() -> markLegend(chart));
		marks.setItemFont(TEXT);
		marks.setFrame(BlockBorder.NONE);
		marks.setPosition(RectangleEdge.BOTTOM);
		drawing.addSubtitle(marks);
		TextTitle caption = new TextTitle(caption(chart.sources()), TEXT);
		caption.setPosition(RectangleEdge.BOTTOM);
		caption.setHorizontalAlignment(HorizontalAlignment.LEFT);
		caption.setPadding(new RectangleInsets(4, 8, 4, 8));
		drawing.addSubtitle(caption);

		SVGGraphics2D svg = new SVGGraphics2D(width, height);
		// Fixed ids, so one answer's SVG is the same every time it is drawn.
		svg.setDefsKeyPrefix("kzcz-chart-");
		drawing.draw(svg, new Rectangle(0, 0, width, height));
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg.getSVGElement() + "\n";
	}

	private static Plot lines(TradeChart chart, Map<String, Color> colours) {
		NumberAxis time = new NumberAxis("Year (each value at its period's end; a part of a year before its year)");
		time.setTickUnit(new NumberTickUnit(1, new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
		time.setAutoRangeIncludesZero(false);
		time.setLowerMargin(0.05);
		time.setUpperMargin(0.05);
		time.setLabelFont(TEXT);
		CombinedDomainXYPlot combined = new CombinedDomainXYPlot(time);
		combined.setGap(12);
		for (Map.Entry<String, List<Mark>> panel : panels(chart.marks()).entrySet()) {
			List<Mark> marks = panel.getValue();
			Scale scale = panelScale(marks);
			Map<String, List<Mark>> bySeries = marks.stream()
				.sorted(Comparator.comparing(Mark::at))
				.collect(Collectors.groupingBy(Mark::series, LinkedHashMap::new, Collectors.toList()));
			XYSeriesCollection dataset = new XYSeriesCollection();
			List<List<Mark>> items = new ArrayList<>();
			for (Map.Entry<String, List<Mark>> line : bySeries.entrySet()) {
				XYSeries series = new XYSeries(text(line.getKey()), false, true);
				for (Mark mark : line.getValue()) {
					series.add(yearOf(mark.at()), mark.scale().convert(mark.value(), scale));
				}
				dataset.addSeries(series);
				items.add(line.getValue());
			}
			MarkedLineRenderer renderer = new MarkedLineRenderer(items);
			int index = 0;
			for (Map.Entry<String, List<Mark>> line : bySeries.entrySet()) {
				Mark first = line.getValue().get(0);
				renderer.setSeriesPaint(index, colours.get(first.group()));
				renderer.setSeriesFillPaint(index, colours.get(first.group()));
				renderer.setSeriesStroke(index, first.partial() ? DASHED : LINE);
				renderer.setSeriesLinesVisible(index, first.joined());
				renderer.setSeriesShape(index, first.partial() ? SQUARE : DOT);
				index++;
			}
			XYPlot plot = new XYPlot(dataset, null, valueAxis(panel.getKey(), scale), renderer);
			style(plot);
			combined.add(plot, 1);
		}
		if (combined.getSubplots().isEmpty()) {
			XYPlot empty = new XYPlot(new XYSeriesCollection(), null, new NumberAxis(), new XYLineAndShapeRenderer());
			empty.setNoDataMessage("No figures for this selection");
			combined.add(empty, 1);
		}
		combined.setFixedLegendItems(once(combined.getLegendItems()));
		return combined;
	}

	/** Each series once in the legend, though it may be drawn in more than one panel. */
	private static LegendItemCollection once(LegendItemCollection items) {
		LegendItemCollection once = new LegendItemCollection();
		java.util.Set<String> labels = new java.util.HashSet<>();
		for (int i = 0; i < items.getItemCount(); i++) {
			if (labels.add(items.get(i).getLabel())) {
				once.add(items.get(i));
			}
		}
		return once;
	}

	/**
	 * Where a period's end falls on the axis of years: a year's value on its year, a part
	 * of a year as far before it as the months it lacks (January-July 2024 at 2024 -
	 * 5/12).
	 */
	private static double yearOf(java.time.LocalDate end) {
		return end.getYear() - (end.lengthOfYear() - end.getDayOfYear()) / (double) end.lengthOfYear();
	}

	private static Plot bars(TradeChart chart, Map<String, Color> colours) {
		CategoryAxis periods = new CategoryAxis("Period");
		periods.setLabelFont(TEXT);
		periods.setTickLabelFont(TEXT);
		periods.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
		periods.setMaximumCategoryLabelLines(2);
		CombinedDomainCategoryPlot combined = new CombinedDomainCategoryPlot(periods);
		combined.setGap(12);
		// Every panel has every period, in time order, so that the panels' bars line up.
		List<String> categories = chart.marks()
			.stream()
			.sorted(Comparator.comparing(Mark::at))
			.map((mark) -> text(mark.category()))
			.distinct()
			.toList();
		for (Map.Entry<String, List<Mark>> panel : panels(chart.marks()).entrySet()) {
			List<Mark> marks = panel.getValue().stream().sorted(Comparator.comparing(Mark::at)).toList();
			Scale scale = panelScale(marks);
			DefaultCategoryDataset dataset = new DefaultCategoryDataset();
			String firstSeries = text(marks.get(0).series());
			categories.forEach((category) -> dataset.addValue(null, firstSeries, category));
			Map<String, Mark> byCell = new HashMap<>();
			for (Mark mark : marks) {
				String series = text(mark.series());
				String category = text(mark.category());
				String key = series;
				for (int n = 2; byCell.containsKey(key + "\u0000" + category); n++) {
					key = series + " (" + n + ")";
				}
				dataset.addValue(mark.scale().convert(mark.value(), scale), key, category);
				byCell.put(key + "\u0000" + category, mark);
			}
			MarkedBarRenderer renderer = new MarkedBarRenderer(dataset, byCell);
			for (int row = 0; row < dataset.getRowCount(); row++) {
				renderer.setSeriesPaint(row, colours.get(groupOf(byCell, dataset, row)));
			}
			CategoryPlot plot = new CategoryPlot(dataset, null, valueAxis(panel.getKey(), scale), renderer);
			style(plot);
			combined.add(plot, 1);
		}
		if (combined.getSubplots().isEmpty()) {
			CategoryPlot empty = new CategoryPlot(new DefaultCategoryDataset(), null, new NumberAxis(),
					new BarRenderer());
			empty.setNoDataMessage("No figures for this selection");
			combined.add(empty, 1);
		}
		combined.setFixedLegendItems(once(combined.getLegendItems()));
		return combined;
	}

	private static String groupOf(Map<String, Mark> byCell, DefaultCategoryDataset dataset, int row) {
		String prefix = dataset.getRowKey(row) + "\u0000";
		return byCell.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().startsWith(prefix))
			.map((entry) -> entry.getValue().group())
			.findFirst()
			.orElse("");
	}

	/** One panel per currency, in the order the marks name them. */
	private static Map<String, List<Mark>> panels(List<Mark> marks) {
		return marks.stream().collect(Collectors.groupingBy(Mark::currency, LinkedHashMap::new, Collectors.toList()));
	}

	/** The scale most of a panel's values are stated in (the coarser on a tie). */
	private static Scale panelScale(List<Mark> marks) {
		Map<Scale, Long> counts = marks.stream()
			.collect(Collectors.groupingBy(Mark::scale, () -> new java.util.EnumMap<>(Scale.class),
					Collectors.counting()));
		return counts.entrySet()
			.stream()
			.max(Map.Entry.<Scale, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.orElse(Scale.UNIT);
	}

	private static NumberAxis valueAxis(String currency, Scale scale) {
		String unit = (scale == Scale.UNIT) ? "" : ", " + scale.name().toLowerCase(Locale.ROOT) + "s";
		NumberAxis axis = new NumberAxis(text(currency) + unit);
		axis.setLabelFont(TEXT);
		axis.setAutoRangeIncludesZero(true);
		return axis;
	}

	private static void style(XYPlot plot) {
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
		plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
		plot.setDomainGridlineStroke(GRID);
		plot.setRangeGridlineStroke(GRID);
	}

	private static void style(CategoryPlot plot) {
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
		plot.setRangeGridlineStroke(GRID);
	}

	private static LegendItemCollection markLegend(TradeChart chart) {
		LegendItemCollection items = new LegendItemCollection();
		Color grey = new Color(0x55, 0x55, 0x55);
		Line2D line = new Line2D.Double(-10, 0, 10, 0);
		Shape box = new Rectangle2D.Double(-5, -5, 10, 10);
		Shape mark = (chart.kind() == TradeChart.Kind.LINES) ? DOT : box;
		Paint pale = pale(grey);
		items.add(new LegendItem("stated by a source", null, null, null, true, mark, true, grey, false, grey, LINE,
				false, line, LINE, grey));
		items.add(new LegendItem("derived (implied by a stated rate, mirrored, or computed)", null, null, null, true,
				mark, true, pale, true, grey, new BasicStroke(1.5f), false, line, LINE, grey));
		items.add(new LegendItem("flagged (a warning in the JSON or CSV)", null, null, null, true, mark, false, grey,
				true, FLAG, FLAG_OUTLINE, false, line, LINE, grey));
		boolean lines = chart.kind() == TradeChart.Kind.LINES;
		items.add(new LegendItem(lines ? "partial period (part of a year): square, dashed" : "partial period (dashed)",
				null, null, null, lines, SQUARE, true, grey, !lines, grey, DASHED, true, line, DASHED, grey));
		return items;
	}

	private static String caption(List<SourceRef> sources) {
		if (sources.isEmpty()) {
			return "Sources: none";
		}
		String listed = sources.stream()
			.limit(MAX_SOURCES)
			.map((source) -> text(source.title()) + " (" + text(source.id()) + ")")
			.collect(Collectors.joining("; "));
		int more = sources.size() - MAX_SOURCES;
		return "Sources: " + listed + ((more > 0) ? "; and " + more + " more (see JSON)" : "");
	}

	private static Color pale(Color colour) {
		return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 90);
	}

	/**
	 * Text from the data as the SVG may carry it: at most {@value #MAX_TEXT} characters,
	 * without the characters XML 1.0 cannot hold (controls, lone surrogates), and with
	 * every {@code &} written as an entity here: JFreeSVG escapes markup but leaves an
	 * {@code &} that already starts an entity as it is, which would show a title's
	 * {@code &lt;} as {@code <}.
	 */
	static String text(String text) {
		return text(text, MAX_TEXT);
	}

	private static String text(String text, int max) {
		if (text == null) {
			return "";
		}
		StringBuilder clean = new StringBuilder(Math.min(text.length(), max + 1));
		for (int i = 0; i < text.length() && clean.length() < max; i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				clean.append(c).append(text.charAt(++i));
			}
			else if (c == '\t' || c == '\n' || c == '\r') {
				clean.append(' ');
			}
			else if (c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF) {
				clean.append(c);
			}
		}
		if (clean.length() >= max && text.length() > clean.length()) {
			clean.append('…');
		}
		return clean.toString().replace("&", "&amp;");
	}

	/** Pale dots for derived values, larger red-ringed ones for flagged values. */
	private static final class MarkedLineRenderer extends XYLineAndShapeRenderer {

		private final List<List<Mark>> items;

		MarkedLineRenderer(List<List<Mark>> items) {
			super(true, true);
			this.items = items;
			setDrawOutlines(true);
			setUseOutlinePaint(true);
			setUseFillPaint(true);
		}

		private Mark mark(int series, int item) {
			return this.items.get(series).get(item);
		}

		@Override
		public Shape getItemShape(int series, int item) {
			Mark mark = mark(series, item);
			if (mark.partial()) {
				return mark.flagged() ? FLAG_SQUARE : SQUARE;
			}
			return mark.flagged() ? FLAG_DOT : DOT;
		}

		@Override
		public Paint getItemFillPaint(int series, int item) {
			Paint paint = getItemPaint(series, item);
			return (mark(series, item).derived() && paint instanceof Color colour) ? pale(colour) : paint;
		}

		@Override
		public Paint getItemOutlinePaint(int series, int item) {
			return mark(series, item).flagged() ? FLAG : getItemPaint(series, item);
		}

		@Override
		public Stroke getItemOutlineStroke(int series, int item) {
			return mark(series, item).flagged() ? FLAG_OUTLINE : new BasicStroke(1.5f);
		}

	}

	/**
	 * Pale bars for derived values, red outlines for flagged ones, dashed for partial
	 * periods.
	 */
	private static final class MarkedBarRenderer extends BarRenderer {

		private final DefaultCategoryDataset dataset;

		private final Map<String, Mark> byCell;

		MarkedBarRenderer(DefaultCategoryDataset dataset, Map<String, Mark> byCell) {
			this.dataset = dataset;
			this.byCell = byCell;
			setBarPainter(new StandardBarPainter());
			setShadowVisible(false);
			setDrawBarOutline(true);
			setItemMargin(0.05);
		}

		private Mark mark(int row, int column) {
			return this.byCell.get(this.dataset.getRowKey(row) + "\u0000" + this.dataset.getColumnKey(column));
		}

		private <T> T of(int row, int column, Function<Mark, T> choice, T otherwise) {
			Mark mark = mark(row, column);
			return (mark != null) ? choice.apply(mark) : otherwise;
		}

		@Override
		public Paint getItemPaint(int row, int column) {
			Paint paint = super.getItemPaint(row, column);
			return of(row, column, (mark) -> (mark.derived() && paint instanceof Color colour) ? pale(colour) : paint,
					paint);
		}

		@Override
		public Paint getItemOutlinePaint(int row, int column) {
			Paint series = lookupSeriesPaint(row);
			return of(row, column, (mark) -> mark.flagged() ? FLAG : series, series);
		}

		@Override
		public Stroke getItemOutlineStroke(int row, int column) {
			return of(row, column,
					(mark) -> mark.flagged() ? FLAG_OUTLINE : mark.partial() ? DASHED : new BasicStroke(1.5f), LINE);
		}

	}

}
