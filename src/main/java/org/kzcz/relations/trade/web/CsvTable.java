package org.kzcz.relations.trade.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * A CSV layout: named columns, each read from a row object. Written by Jackson's CSV
 * generator (RFC 4180 quoting, CRLF line ends, a header row, UTF-8), never by string
 * concatenation. Numbers are written in plain notation; lists are joined within their
 * cell by the column's extractor; text that a spreadsheet would run as a formula is
 * neutralised.
 *
 * @param <T> the row type
 */
final class CsvTable<T> {

	private static final CsvMapper MAPPER = CsvMapper.builder()
		.enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
		.build();

	private static final String FORMULA_STARTS = "=+-@\t\r\n";

	private final List<String> names = new ArrayList<>();

	private final List<Function<T, Object>> extractors = new ArrayList<>();

	CsvTable<T> column(String name, Function<T, Object> extractor) {
		this.names.add(name);
		this.extractors.add(extractor);
		return this;
	}

	/** Adds the columns of another table, read from a part of this table's row. */
	<P> CsvTable<T> columns(String prefix, CsvTable<P> part, Function<T, P> partOf) {
		for (int i = 0; i < part.names.size(); i++) {
			Function<P, Object> extractor = part.extractors.get(i);
			String name = part.names.get(i);
			column(prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1), (row) -> {
				P p = partOf.apply(row);
				return (p != null) ? extractor.apply(p) : null;
			});
		}
		return this;
	}

	List<String> names() {
		return List.copyOf(this.names);
	}

	void write(List<T> rows, OutputStream out) throws IOException {
		CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
		this.names.forEach(schema::addColumn);
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		try (SequenceWriter sequence = MAPPER.writer(schema.build())
			.without(StreamWriteFeature.AUTO_CLOSE_TARGET)
			.writeValues(writer)) {
			for (T row : rows) {
				List<String> cells = new ArrayList<>(this.extractors.size());
				for (Function<T, Object> extractor : this.extractors) {
					cells.add(cell(extractor.apply(row)));
				}
				sequence.write(cells);
			}
		}
		writer.flush();
	}

	private static String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		if (value instanceof Number number) {
			return number.toString();
		}
		return text(value.toString());
	}

	/**
	 * Text as a spreadsheet takes it for text, not a formula (OWASP, CSV injection): a
	 * cell starting with = + - @, a tab or a line break gets a leading single quote.
	 * Curator text reaches these cells, derived rows included; numbers are written as
	 * they are.
	 */
	private static String text(String text) {
		if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

}
