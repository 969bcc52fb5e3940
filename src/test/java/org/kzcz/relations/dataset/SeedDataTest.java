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
 * Guards the seeded dataset: every fact of the five source documents stays in, and every
 * fact cites a source. Counts are exact, so a lost row fails here; a new seed migration
 * updates them on purpose.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedDataTest {

	private static final Map<String, Integer> EXPECTED_ROWS = Map.ofEntries(Map.entry("source", 5),
			Map.entry("country", 31), Map.entry("organization", 46), Map.entry("organization_engagement", 17),
			Map.entry("person", 15), Map.entry("post_held", 20), Map.entry("post_date_claim", 2),
			Map.entry("meeting", 16), Map.entry("meeting_participant", 18), Map.entry("meeting_organization", 23),
			Map.entry("meeting_topic", 51), Map.entry("meeting_outcome", 10), Map.entry("agreement", 7),
			Map.entry("agreement_party", 19), Map.entry("project", 3), Map.entry("project_partner", 12),
			Map.entry("project_milestone", 6), Map.entry("project_target", 4), Map.entry("meeting_project", 5),
			Map.entry("agreement_project", 2), Map.entry("trade_figure", 32), Map.entry("trade_figure_source", 35),
			Map.entry("commodity_group", 19), Map.entry("diplomatic_relation", 1));

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

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
