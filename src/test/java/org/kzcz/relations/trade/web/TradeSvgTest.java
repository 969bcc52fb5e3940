package org.kzcz.relations.trade.web;

import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.Curator;
import org.kzcz.relations.support.IntegrationTest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trade answers as SVG charts: chosen by Accept or {@code ?format=svg}, cached like
 * the JSON, sized within bounds, drawn with what tells stated, derived, flagged and
 * partial values apart, and safe against curator text.
 */
@IntegrationTest
class TradeSvgTest {

	private static final String SERIES = "/api/v1/trade/series?country=KZ&partner=CZ&indicator=TURNOVER";

	private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

	/** How JFreeSVG writes the red outline of a flagged value. */
	private static final String FLAGGED = "stroke:rgb(198,40,40)";

	/** How it writes the pale fill of a derived value. */
	private static final String DERIVED = "fill-opacity:0.35";

	/** How it writes the dashes of a partial period. */
	private static final String PARTIAL = "stroke-dasharray:6.0,4.0";

	private static final String NOTE = "test: SVG chart escaping";

	private static final String HOSTILE_SLUG = "svg-escaping-test-source";

	private static final String HOSTILE_TITLE = "<script>alert(1)</script> Tom & Jerry ]]> &lt;b&gt; \"quoted\" 'single'";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void deleteTheHostileData() {
		this.jdbc.sql("delete from trade_figure where note = :note").param("note", NOTE).update();
		this.jdbc.sql("delete from source where slug = :slug").param("slug", HOSTILE_SLUG).update();
	}

	@Test
	void theSeriesIsAnSvgChartByAcceptOrFormatWithPairIndicatorCurrencyAndScale() throws Exception {
		MockHttpServletResponse byAccept = this.mvc.get().uri(SERIES).accept(SVG).exchange().getResponse();
		MockHttpServletResponse byFormat = this.mvc.get().uri(SERIES + "&format=svg").exchange().getResponse();
		save("series-kz-cz-turnover.svg", byFormat);
		for (MockHttpServletResponse response : List.of(byAccept, byFormat)) {
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentType()).startsWith("image/svg+xml");
			assertThat(response.getHeader("Content-Security-Policy")).startsWith("default-src 'none'");
			Document svg = parse(response);
			assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
			String text = texts(svg);
			assertThat(text).contains("KZ–CZ: TURNOVER", "USD, millions", "CZK, billions", "KZ TURNOVER",
					"CZ TURNOVER (mirrored)", "KZ TURNOVER Jan-Jul (partial)", "derived (implied", "flagged (a warning",
					"partial period", "Sources: ");
		}
		assertThat(GraphicsEnvironment.isHeadless()).isTrue();
	}

	@Test
	void derivedFlaggedAndPartialPointsAreDrawnDifferentlyFromStatedOnes() throws Exception {
		// KZ's 2022 turnover is implied by a stated rate, CZ's mirrored, both flagged
		// (the
		// reporters differ); January-July and January-August 2024 are partial periods.
		String mixed = svg(SERIES + "&format=svg");
		// Stated figures only, for whole years, without warnings.
		String plain = svg(
				"/api/v1/trade/series?country=KZ&partner=CZ&indicator=FDI_INFLOW&from=2021&to=2022&format=svg");
		assertThat(plain).contains("KZ FDI_INFLOW");
		// In the plain chart each style appears once, in the legend that explains it.
		assertThat(count(plain, FLAGGED)).isEqualTo(1);
		assertThat(count(plain, DERIVED)).isEqualTo(1);
		assertThat(count(plain, PARTIAL)).isEqualTo(1);
		assertThat(count(mixed, FLAGGED)).isEqualTo(1 + 2);
		assertThat(count(mixed, DERIVED)).isEqualTo(1 + 3);
		assertThat(count(mixed, PARTIAL)).isGreaterThan(1);
		assertThat(count(mixed, "<rect")).isGreaterThan(count(plain, "<rect"));
	}

	@Test
	void theSvgIsCachedAsTheJsonIs() {
		MockHttpServletResponse json = this.mvc.get().uri(SERIES).exchange().getResponse();
		MockHttpServletResponse svg = this.mvc.get().uri(SERIES + "&format=svg").exchange().getResponse();
		assertThat(svg.getHeader("Cache-Control")).isEqualTo(json.getHeader("Cache-Control")).contains("public");
		assertThat(svg.getHeader("ETag")).startsWith("W/\"d").isNotEqualTo(json.getHeader("ETag"));
		assertThat(this.mvc.get().uri(SERIES + "&format=svg").header("If-None-Match", svg.getHeader("ETag")))
			.hasStatus(HttpStatus.NOT_MODIFIED);
	}

	@Test
	void theBalanceAndTheComparisonAreBarCharts() throws Exception {
		MockHttpServletResponse balanceSvg = this.mvc.get()
			.uri("/api/v1/trade/balance?country=KZ&partner=CZ")
			.accept(SVG)
			.exchange()
			.getResponse();
		save("balance-kz-cz.svg", balanceSvg);
		Document balance = parse(balanceSvg);
		assertThat(texts(balance)).contains("KZ–CZ: exports, imports and balance", "KZ exports", "KZ imports",
				"KZ balance", "2023", "USD, millions");
		MockHttpServletResponse comparisonSvg = this.mvc.get()
			.uri("/api/v1/trade/comparison?country=KZ&partner=CZ&indicator=TURNOVER&format=svg")
			.exchange()
			.getResponse();
		save("comparison-kz-cz-turnover.svg", comparisonSvg);
		Document comparison = parse(comparisonSvg);
		assertThat(texts(comparison)).contains("KZ–CZ: TURNOVER, reporter by reporter", "reported by KZ",
				"reported by CZ (mirrored)", "CZK, billions");
	}

	@Test
	void theSizeIsBounded() throws Exception {
		Document small = parse(
				this.mvc.get().uri(SERIES + "&format=svg&width=400&height=300").exchange().getResponse());
		assertThat(small.getDocumentElement().getAttribute("width")).isEqualTo("400.0");
		assertThat(small.getDocumentElement().getAttribute("height")).isEqualTo("300.0");
		assertThat(this.mvc.get().uri(SERIES + "&format=svg&width=100")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].name")
			.isEqualTo("width");
		assertThat(this.mvc.get().uri(SERIES + "&format=svg&height=100000")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].name")
			.isEqualTo("height");
		assertThat(this.mvc.get().uri(SERIES + "&format=png")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("svg");
	}

	@Test
	void aCuratorsHostileSourceTitleIsTextInTheChartNeverMarkup() throws Exception {
		Curator curator = Curator.create(this.mvc);
		assertThat(curator.post("/api/v1/sources",
				JsonMapper.shared()
					.writeValueAsString(Map.of("slug", HOSTILE_SLUG, "title", HOSTILE_TITLE, "kind", "OTHER"))))
			.hasStatus(HttpStatus.CREATED);
		Map<String, Object> figure = Map.ofEntries(Map.entry("reporter", "KZ"), Map.entry("country", "KZ"),
				Map.entry("partner", "CZ"), Map.entry("indicator", "EXPORTS"), Map.entry("periodKind", "YEAR"),
				Map.entry("periodStart", "2032-01-01"), Map.entry("periodEnd", "2032-12-31"), Map.entry("value", 125),
				Map.entry("currency", "USD"), Map.entry("scale", "MILLION"), Map.entry("note", NOTE),
				Map.entry("sources", List.of(Map.of("source", HOSTILE_SLUG))));
		assertThat(curator.post("/api/v1/trade-figures", JsonMapper.shared().writeValueAsString(figure)))
			.hasStatus(HttpStatus.CREATED);

		for (String uri : List.of(
				"/api/v1/trade/series?country=KZ&partner=CZ&indicator=EXPORTS&from=2032&to=2032&format=svg",
				"/api/v1/trade/balance?country=KZ&partner=CZ&year=2032&format=svg",
				"/api/v1/trade/comparison?country=KZ&partner=CZ&year=2032&format=svg")) {
			MockHttpServletResponse response = this.mvc.get().uri(uri).exchange().getResponse();
			assertThat(response.getStatus()).as(uri).isEqualTo(200);
			Document svg = parse(response);
			assertThat(svg.getElementsByTagNameNS("*", "script").getLength()).as(uri).isZero();
			assertThat(svg.getElementsByTagNameNS("*", "foreignObject").getLength()).as(uri).isZero();
			// The caption may wrap: compare without the breaks.
			assertThat(texts(svg).replace(" ", "")).as(uri).contains(HOSTILE_TITLE.replace(" ", ""));
			assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(uri).doesNotContain("<script");
		}
	}

	/** Keeps a chart in target/charts, to look at. */
	private static void save(String name, MockHttpServletResponse response) throws Exception {
		java.nio.file.Path charts = java.nio.file.Path.of("target", "charts");
		java.nio.file.Files.createDirectories(charts);
		java.nio.file.Files.write(charts.resolve(name), response.getContentAsByteArray());
	}

	private static Document parse(MockHttpServletResponse response) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
	}

	/** The text of every text element, in document order, separated by spaces. */
	private static String texts(Document svg) {
		NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(((Element) nodes.item(i)).getTextContent());
		}
		return String.join(" ", texts);
	}

	private String svg(String uri) throws Exception {
		return this.mvc.get().uri(uri).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static int count(String svg, String needle) {
		int count = 0;
		for (int at = svg.indexOf(needle); at >= 0; at = svg.indexOf(needle, at + 1)) {
			count++;
		}
		return count;
	}

}
