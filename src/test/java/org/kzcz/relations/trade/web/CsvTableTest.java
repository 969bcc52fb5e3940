package org.kzcz.relations.trade.web;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTableTest {

	private static final CsvTable<Row> TABLE = new CsvTable<Row>().column("text", Row::text)
		.column("number", Row::number);

	@Test
	void textAFormulaCouldStartWithIsPrefixedWithAQuote() throws Exception {
		assertThat(lines(new Row("=HYPERLINK(\"http://evil.example\",\"x\")", null),
				new Row("+cmd|' /C calc'!A0", null), new Row("-2+3", null), new Row("@SUM(1+1)", null),
				new Row("\tTAB", null), new Row("\rCR", null), new Row("\nLF", null)))
			.containsExactly("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",", "'+cmd|' /C calc'!A0,",
					"'-2+3,", "'@SUM(1+1),", "'\tTAB,", "\"'\rCR\",", "\"'\nLF\",");
	}

	@Test
	void otherTextAndNumbersIncludingNegativeOnesAreWrittenAsTheyAre() throws Exception {
		assertThat(lines(new Row("USD", new BigDecimal("-331.4")), new Row("a = b", -7), new Row("", 1.5e-3),
				new Row("'quoted", new BigDecimal("1E+3"))))
			.containsExactly("USD,-331.4", "a = b,-7", ",0.0015", "'quoted,1000");
	}

	private static List<String> lines(Row... rows) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		TABLE.write(List.of(rows), out);
		String csv = out.toString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("text,number\r\n");
		return List.of(csv.substring("text,number\r\n".length()).split("\r\n"));
	}

	record Row(String text, Object number) {
	}

}
