package org.kzcz.relations.dataset;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kzcz.relations.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the seeded dataset: every fact of the five source documents stays in, every fact
 * cites a source, and each says only what its source says (issue 14: values, precisions,
 * attributions, what was dropped, what is kept as an editorial note). Counts are exact,
 * so a lost row fails here; a new seed migration updates them on purpose.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedDataTest {

	private static final Map<String, Integer> EXPECTED_ROWS = Map.ofEntries(Map.entry("source", 5),
			Map.entry("country", 26), Map.entry("organization", 43), Map.entry("organization_engagement", 13),
			Map.entry("person", 15), Map.entry("post_held", 20), Map.entry("post_date_claim", 2),
			Map.entry("meeting", 16), Map.entry("meeting_participant", 18), Map.entry("meeting_organization", 20),
			Map.entry("meeting_topic", 51), Map.entry("meeting_outcome", 10), Map.entry("agreement", 7),
			Map.entry("agreement_party", 16), Map.entry("project", 3), Map.entry("project_partner", 11),
			Map.entry("project_milestone", 6), Map.entry("project_target", 4), Map.entry("meeting_project", 5),
			Map.entry("agreement_project", 2), Map.entry("trade_figure", 32), Map.entry("trade_figure_source", 35),
			Map.entry("commodity_group", 19), Map.entry("diplomatic_relation", 1), Map.entry("claim", 28),
			Map.entry("claim_country", 42), Map.entry("claim_source", 19));

	@Autowired
	DataSource dataSource;

	@Autowired
	Flyway flyway;

	JdbcClient jdbc;

	@BeforeAll
	void migrateAFreshDatabase() throws Exception {
		String url;
		String user;
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists seed_check");
			statement.execute("create database seed_check");
			url = connection.getMetaData().getURL().replaceFirst("/[^/?]+(\\?|$)", "/seed_check$1");
			user = connection.getMetaData().getUserName();
		}
		DriverManagerDataSource fresh = new DriverManagerDataSource(url, user, "");
		Flyway.configure().dataSource(fresh).locations(this.flyway.getConfiguration().getLocations()).load().migrate();
		this.jdbc = JdbcClient.create(fresh);
		assertThat(this.jdbc.sql("select current_database()").query(String.class).single()).isEqualTo("seed_check");
	}

	@Test
	void seedsEveryFactOfTheFiveDocuments() {
		EXPECTED_ROWS
			.forEach((table, expected) -> assertThat(count("select count(*) from " + table)).as("rows in %s", table)
				.isEqualTo(expected.longValue()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "organization", "organization_engagement", "person", "post_held", "meeting", "agreement",
			"project", "project_milestone", "project_target", "trade_figure", "commodity_group",
			"diplomatic_relation" })
	void everyFactRowCitesASource(String table) {
		String uncited = """
				select count(*) from %1$s f
				where not exists (select 1 from %1$s_source s where s.%1$s_id = f.id)
				""".formatted(table);
		assertThat(count(uncited)).as("%s rows without a source", table).isZero();
	}

	@Test
	void everyDocumentIsCitedByManyFacts() {
		List<Map<String, Object>> cited = this.jdbc
			.sql("""
					select s.slug, count(c.source_id) as facts
					from source s
					left join (select source_id from post_held_source union all select source_id from meeting_source
					           union all select source_id from agreement_source union all select source_id from project_source
					           union all select source_id from trade_figure_source
					           union all select source_id from organization_source) c on c.source_id = s.id
					group by s.slug
					""")
			.query()
			.listOfRows();
		assertThat(cited).hasSize(5).allSatisfy((row) -> assertThat((Long) row.get("facts")).isGreaterThan(5));
	}

	@Test
	void keepsBothSourcesWhereTheyDisagree() {
		// When the ambassador took up the Prague post: June 2023 in one source, late 2023
		// in another.
		assertThat(count("""
				select count(distinct c.source_id) from post_date_claim c
				join post_held p on p.id = c.post_held_id join person pe on pe.id = p.person_id
				where pe.slug = 'bakyt-dyussenbayev' and p.posted_to_country = 'CZ' and c.field = 'START'
				""")).isEqualTo(2);
		// 2022 turnover: Czech-side figure kept as stated, next to the Kazakh series,
		// never merged.
		assertThat(count("""
				select count(*) from trade_figure
				where indicator = 'TURNOVER' and period_start = date '2022-01-01' and reporter_country = 'CZ'
				""")).isEqualTo(2);
		// Czech companies in Kazakhstan: about 150 (Kazakh side) and about 30 (Pilsen
		// Region).
		assertThat(this.jdbc.sql("""
				select distinct value::int from trade_figure where indicator = 'COMPANIES_COUNT' order by 1
				""").query(Integer.class).list()).containsExactly(30, 150);
	}

	@Test
	void storesFiguresAsStatedWithWhatTheSourceSaidAlongside() {
		assertThat(this.jdbc.sql("""
				select tfs.stated_text from trade_figure tf
				join trade_figure_source tfs on tfs.trade_figure_id = tf.id
				join source s on s.id = tfs.source_id
				where tf.indicator = 'EXPORTS' and tf.country_code = 'KZ' and tf.partner_code = 'CZ'
				  and tf.period_start = date '2023-01-01' and s.slug = 'kazinform-vassilenko-prague-2024'
				""").query(String.class).single()).contains("19.4%");
	}

	@Test
	void keepsEveryStatedFigureAtItsStatedValue() {
		Map<String, String> stated = Map.ofEntries(Map.entry("KZ-CZ TURNOVER 2023", "626.8"),
				Map.entry("KZ-CZ EXPORTS 2023", "147.7"), Map.entry("KZ-CZ IMPORTS 2023", "479.1"),
				Map.entry("KZ-CZ TURNOVER 2024", "619"), Map.entry("KZ-CZ EXPORTS 2024", "467"),
				Map.entry("KZ-CZ IMPORTS 2024", "152"), Map.entry("KZ-EU TURNOVER 2021", "28.9"),
				Map.entry("KZ-EU TURNOVER 2020", "23.8"), Map.entry("KZ-EU EXPORTS 2021", "23.6"),
				Map.entry("KZ-EU IMPORTS 2021", "5.65"), Map.entry("KZ-EU FDI_INFLOW 2021", "10.1"),
				Map.entry("KZ-EU FDI_INFLOW 2020", "8.2"), Map.entry("KZ-CZ FDI_INFLOW 2023", "48"));
		stated.forEach((figure, value) -> assertThat(this.jdbc.sql("""
				select value::text from trade_figure
				where country_code || '-' || partner_code || ' ' || indicator || ' ' || extract(year from period_start)
				      = :figure and period_kind = 'YEAR'
				""").param("figure", figure).query(String.class).single()).as(figure).isEqualTo(value));
	}

	@Test
	void partialDatesCarryThePrecisionTheSourcesGive() {
		// "in June" (2024) and "at the end of May" (2025): months, not days
		assertThat(rows("""
				select t.achieved_as_of::text || ' ' || t.achieved_precision from project_target t
				where t.achieved_as_of is not null order by 1
				""")).containsExactly("2024-06-01 MONTH", "2025-05-01 MONTH");
		// the Kazinform report's date line is not the date of the events it reports
		assertThat(rows("""
				select slug || ' ' || start_date || ' ' || date_precision from meeting
				where slug in ('vassilenko-kozak-talks-prague-2024', 'globsec-forum-prague-2024') order by slug
				""")).containsExactly("globsec-forum-prague-2024 2024-07-01 QUARTER",
				"vassilenko-kozak-talks-prague-2024 2024-07-01 QUARTER");
		assertThat(rows("""
				select p.slug || ' ' || ph.attested_on || ' ' || ph.attested_precision from post_held ph
				join person p on p.id = ph.person_id
				where p.slug in ('petr-fiala', 'kassym-jomart-tokayev', 'charles-michel', 'rudolf-spotak') order by 1
				""")).containsExactly("charles-michel 2021-11-01 MONTH", "kassym-jomart-tokayev 2022-06-01 MONTH",
				"petr-fiala 2023-01-01 YEAR", "rudolf-spotak 2024-04-04 DAY");
		assertThat(count("select count(*) from post_held where (attested_on is null) <> (attested_precision is null)"))
			.isZero();
		// reported in June 2022 as being created: neither a 2022 plan nor done
		assertThat(rows("""
				select occurred_on || ' ' || date_precision || ' ' || status from project_milestone
				where title like 'Container hub%'
				""")).containsExactly("2022-06-01 MONTH IN_PROGRESS");
	}

	@Test
	void everyInferredYearSaysSo() {
		assertThat(rows("""
				select slug from meeting
				where slug in ('spotak-receives-dyussenbayev-pilsen-2024', 'central-asia-eu-special-envoys-almaty-2022',
				               'tokayev-visit-brussels-2021', 'lipavsky-nurtleu-talks-astana-2024',
				               'dyussenbayev-visits-university-of-west-bohemia-2024',
				               'dyussenbayev-meets-pilsen-chamber-of-commerce-2024')
				  and date_note ~* 'infer|follows|previous year'
				""")).hasSize(6);
		// the afternoon is the university's and Škoda's, not the chamber's or the
		// brewery's
		assertThat(
				count("""
						select count(*) from meeting where date_note ilike '%afternoon of%'
						  and slug in ('dyussenbayev-meets-pilsen-chamber-of-commerce-2024', 'dyussenbayev-visits-pilsner-urquell-2024')
						"""))
			.isZero();
		assertThat(rows("select note from project_target where achieved_as_of = date '2025-05-01'")).singleElement()
			.asString()
			.contains("inferred");
		assertThat(rows("select note from trade_figure where indicator = 'FDI_INFLOW' and period_kind = 'HALF_YEAR'"))
			.singleElement()
			.asString()
			.contains("2024");
	}

	@Test
	void keepsNothingNoDocumentSays() {
		assertThat(count("""
				select count(*) from organization where slug in ('european-council', 'european-commission', 'globsec')
				""")).isZero();
		assertThat(rows("""
				select slug || ' ' || coalesce(country_code, '-') from organization
				where slug in ('maersk', 'msc', 'cosco-shipping', 'psa-international') order by slug
				""")).containsExactly("cosco-shipping -", "maersk -", "msc -", "psa-international SG");
		assertThat(rows("select code || ' ' || capital from country where capital is not null"))
			.containsExactly("KZ Astana");
		assertThat(count("select count(*) from country where code in ('CH', 'DK', 'KG', 'TJ', 'UZ')")).isZero();
		assertThat(rows("""
				select ap.country_code from agreement_party ap join agreement a on a.id = ap.agreement_id
				where a.slug = 'central-asia-leaders-joint-statement-2021' order by 1
				""")).containsExactly("KZ", "TM");
		assertThat(rows("""
				select o.slug from organization_engagement e join organization o on o.id = e.organization_id
				where e.kind = 'PARTNER_OF_PROJECT'
				""")).containsExactly("prague-zoo");
		assertThat(rows("""
				select o.slug || ' ' || pp.role from project_partner pp join organization o on o.id = pp.organization_id
				join project p on p.id = pp.project_id where p.slug = 'middle-corridor-titr' order by 1
				""")).contains("maersk POTENTIAL_PARTNER").noneMatch((row) -> row.startsWith("kazakhstan-railways"));
		assertThat(count("""
				select (select count(*) from meeting where city = 'Plzeň' or summary like '%Plzeň%')
				     + (select count(*) from organization where description like '%Plzeň%')
				""")).isZero();
		assertThat(rows("select name from commodity_group order by name"))
			.contains("Reactors and boilers", "Goods", "Oil")
			.doesNotContain("Nuclear reactors and boilers", "Manufactured goods", "Crude oil");
		assertThat(count("""
				select count(*) from commodity_group where category = 'FASTEST_GROWING' and as_of_year is not null
				""")).isZero();
		assertThat(
				rows("""
						select ph.role || ' ' || coalesce(ph.organization_id::text, '-') || ' ' || ph.role_kind from post_held ph
						join person p on p.id = ph.person_id where p.slug in ('charles-michel', 'ursula-von-der-leyen')
						"""))
			.containsExactly("President - OTHER", "President - OTHER");
		assertThat(
				rows("""
						select slug || ' ' || status from agreement
						where slug in ('eu-kz-enhanced-partnership-cooperation-agreement', 'middle-corridor-joint-venture-agreement')
						order by slug
						"""))
			.containsExactly("eu-kz-enhanced-partnership-cooperation-agreement UNKNOWN",
					"middle-corridor-joint-venture-agreement AGREED");
		assertThat(
				rows("""
						select kind from meeting
						where slug in ('fiala-visit-kazakhstan-2023', 'vyborny-visit-kazakhstan-2023', 'tokayev-visit-brussels-2021')
						"""))
			.hasSize(3)
			.containsOnly("VISIT");
		assertThat(rows("select description from project_target where description like '%Aktau%'"))
			.containsExactly("Freight through the ports of Aktau and Kuryk");
	}

	@Test
	void attributesEachFactToTheSourceThatStatesIt() {
		// the State Revenue Committee is named for trade, not for investment
		assertThat(count("""
				select count(*) from trade_figure
				where indicator in ('FDI_INFLOW', 'FDI_CUMULATIVE') and country_code = 'KZ' and partner_code = 'CZ'
				  and reporter_stated
				""")).isZero();
		assertThat(count("""
				select count(*) from trade_figure tf join organization o on o.id = tf.reporter_agency_id
				where o.slug = 'state-revenue-committee-of-kazakhstan' and tf.reporter_stated
				""")).isEqualTo(4);
		assertThat(
				rows("select note from trade_figure where indicator = 'TURNOVER' and period_end = date '2024-08-31'"))
			.singleElement()
			.asString()
			.doesNotContain("foreign ministry")
			.contains("whose statistics");
		assertThat(citingSources("organization", "ministry-of-foreign-affairs-of-czech-republic"))
			.contains("dyussenbayev-interview-2025");
		assertThat(citingSources("organization", "titr-association")).containsExactly("baimukhan-eu-interview-2022");
		assertThat(citingSources("organization", "embassy-of-kazakhstan-in-czech-republic"))
			.containsExactly("pilsen-region-ambassador-visit-2024");
		assertThat(rows("select unit from trade_figure where indicator = 'CRUDE_OIL_SUPPLIER_RANK'")).singleElement()
			.asString()
			.doesNotContain("crude");
	}

	@Test
	void keepsBothVersionsOfADisputedFactEachWithItsSource() {
		assertThat(rows("""
				select c.slug || ' ' || s.slug from claim c join claim_source cs on cs.claim_id = c.id
				join source s on s.id = cs.source_id
				where c.kind = 'VARIANT' order by c.slug
				""")).containsExactly("altyn-dala-named-national-reserve dyussenbayev-interview-2025",
				"altyn-dala-named-state-natural-reserve astana-times-foreign-ministers-2024",
				"przewalski-project-launch-discussed-2024 astana-times-foreign-ministers-2024",
				"przewalski-project-memorandum-2023 dyussenbayev-interview-2025");
	}

	@Test
	void editorialNotesCiteNoDocumentAndEveryOtherClaimCitesOne() {
		assertThat(count("select count(*) from claim where kind = 'EDITORIAL'")).isEqualTo(10);
		assertThat(count(
				"select count(*) from claim c join claim_source cs on cs.claim_id = c.id where c.kind = 'EDITORIAL'"))
			.isZero();
		assertThat(count("""
				select count(*) from claim c
				where c.kind <> 'EDITORIAL' and not exists (select 1 from claim_source cs where cs.claim_id = c.id)
				""")).isZero();
		assertThat(rows("select statement from claim where kind = 'EDITORIAL'"))
			.allMatch((text) -> text.startsWith("Editorial note:"));
		// the facts the tables missed are claims now, each with its source
		assertThat(rows("""
				select c.slug || ' ' || s.slug from claim c join claim_source cs on cs.claim_id = c.id
				join source s on s.id = cs.source_id
				where c.slug in ('kazakh-visitors-to-czech-cities', 'almaty-capital-until-1997',
				                 'kazakhstan-born-bold-campaign', 'dimash-qudaibergen-concerts',
				                 'export-cargo-to-latvian-ports', 'middle-corridor-challenges')
				order by 1
				""")).containsExactly("almaty-capital-until-1997 dyussenbayev-interview-2025",
				"dimash-qudaibergen-concerts baimukhan-eu-interview-2022",
				"export-cargo-to-latvian-ports baimukhan-eu-interview-2022",
				"kazakh-visitors-to-czech-cities dyussenbayev-interview-2025",
				"kazakhstan-born-bold-campaign dyussenbayev-interview-2025",
				"middle-corridor-challenges baimukhan-eu-interview-2022");
		assertThat(
				rows("select occurred_on || ' ' || date_precision from claim where slug = 'almaty-capital-until-1997'"))
			.containsExactly("1997-01-01 YEAR");
	}

	@Test
	void everyTableMovesTheDataVersion() {
		assertThat(
				count("""
						select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
						where n.nspname = current_schema() and c.relkind = 'r'
						  and c.relname not in ('data_version', 'flyway_schema_history', 'api_key', 'audit_log')
						  and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname like '%bumps_data_version')
						"""))
			.as("tables without the data-version trigger")
			.isZero();
	}

	private List<String> rows(String sql) {
		return this.jdbc.sql(sql).query(String.class).list();
	}

	private List<String> citingSources(String kind, String slug) {
		return this.jdbc.sql("""
				select s.slug from %1$s_source x join %1$s f on f.id = x.%1$s_id join source s on s.id = x.source_id
				where f.slug = :slug order by s.slug
				""".formatted(kind)).param("slug", slug).query(String.class).list();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
