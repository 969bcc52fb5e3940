package org.kzcz.relations.history;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the stored record of one audited table shows in the API: each column kept under the
 * name the resource's own JSON gives it, in the type the resource prints, a reference to
 * another resource as that resource's slug. Columns listed as hidden (internal surrogate
 * ids, the owner's id, bookkeeping timestamps) never leave the database: the API
 * addresses resources by slug, and changedAt already says when.
 *
 * @param schema the OpenAPI schema name of such a state
 * @param fields the columns shown, in the order shown
 * @param hidden the columns deliberately left out
 */
record RecordShape(String schema, List<Field> fields, Set<String> hidden) {

	private static final Set<String> BOOKKEEPING = Set.of("id", "created_at", "updated_at");

	private static final Map<String, RecordShape> BY_TABLE = Map.of("claim", new RecordShape("ClaimState",
			List.of(Field.slug(), Field.text("kind"), Field.text("topic"), Field.text("title"), Field.text("statement"),
					Field.text("about"), Field.date("occurred_on"), Field.text("date_precision"),
					Field.text("date_note"), Field.text("note"), Field.version()),
			BOOKKEEPING), "source",
			new RecordShape("SourceState",
					List.of(Field.slug(), Field.text("title"), Field.text("publisher"), Field.text("author"),
							Field.date("published_on"), Field.text("published_precision"), Field.text("language"),
							Field.text("kind"), Field.text("url"), Field.text("document_ref"), Field.text("summary"),
							Field.version()),
					BOOKKEEPING),
			"organization",
			new RecordShape("OrganizationState",
					List.of(Field.slug(), Field.text("name"), Field.text("kind"), Field.text("country_code", "country"),
							Field.slugOf("parent_id", "parent", "organization"), Field.text("description"),
							Field.version()),
					BOOKKEEPING),
			"person",
			new RecordShape("OfficialState",
					List.of(Field.slug(), Field.text("full_name", "name"), Field.text("honorific"),
							Field.text("country_code", "country"), Field.date("born_on"), Field.text("born_precision"),
							Field.text("biography"), Field.version()),
					BOOKKEEPING),
			"post_held",
			new RecordShape("OfficialPostState",
					List.of(Field.integer("id"), Field.text("role"), Field.text("role_kind"),
							Field.slugOf("organization_id", "organization", "organization"),
							Field.text("represents_country"), Field.text("posted_to_country"), Field.date("start_date"),
							Field.text("start_precision"), Field.date("end_date"), Field.text("end_precision"),
							Field.bool("ended"), Field.date("attested_on"), Field.text("attested_precision"),
							Field.text("note"), Field.version()),
					Set.of("person_id", "created_at", "updated_at")),
			"meeting",
			new RecordShape("MeetingState",
					List.of(Field.slug(), Field.text("title"), Field.text("kind"), Field.text("status"),
							Field.date("start_date"), Field.text("date_precision"), Field.date("end_date"),
							Field.text("date_note"), Field.text("city"), Field.text("country_code", "country"),
							Field.text("host_country"), Field.text("visiting_country"), Field.text("summary"),
							Field.version()),
					BOOKKEEPING),
			"agreement",
			new RecordShape("AgreementState",
					List.of(Field.slug(), Field.text("title"), Field.text("kind"), Field.text("status"),
							Field.date("signed_on"), Field.text("signed_precision"), Field.text("signed_city"),
							Field.text("signed_country"), Field.slugOf("meeting_id", "meeting", "meeting"),
							Field.text("summary"), Field.version()),
					BOOKKEEPING),
			"project",
			new RecordShape("ProjectState",
					List.of(Field.slug(), Field.text("name"), Field.text("status"), Field.date("started_on"),
							Field.text("started_precision"),
							Field.slugOf("lead_organization_id", "leadOrganization", "organization"),
							Field.text("summary"), Field.version()),
					BOOKKEEPING),
			"trade_figure",
			new RecordShape("TradeFigureState", List.of(Field.integer("id"), Field.text("reporter_country", "reporter"),
					Field.bool("reporter_stated"), Field.slugOf("reporter_agency_id", "reporterAgency", "organization"),
					Field.text("country_code", "country"), Field.text("partner_code", "partner"),
					Field.text("indicator"), Field.text("period_kind"), Field.date("period_start"),
					Field.date("period_end"), Field.decimal("value"), Field.text("value_qualifier"),
					Field.text("currency"), Field.text("scale"), Field.text("unit"), Field.text("note"),
					Field.version()), Set.of("created_at", "updated_at")));

	static Optional<RecordShape> of(String table) {
		return Optional.ofNullable(BY_TABLE.get(table));
	}

	static Map<String, RecordShape> byTable() {
		return BY_TABLE;
	}

	/** The types a stored column is printed as, the way the resource prints it. */
	enum Type {

		TEXT, BOOLEAN, INTEGER, DECIMAL, DATE, SLUG

	}

	/**
	 * One column shown.
	 *
	 * @param column the stored column
	 * @param name the API's name for it
	 * @param type how it is printed
	 * @param references for a {@link Type#SLUG}, the table whose slug it names
	 */
	record Field(String column, String name, Type type, String references) {

		static Field text(String column) {
			return text(column, camelCase(column));
		}

		static Field text(String column, String name) {
			return new Field(column, name, Type.TEXT, null);
		}

		static Field date(String column) {
			return new Field(column, camelCase(column), Type.DATE, null);
		}

		static Field bool(String column) {
			return new Field(column, camelCase(column), Type.BOOLEAN, null);
		}

		static Field integer(String column) {
			return new Field(column, camelCase(column), Type.INTEGER, null);
		}

		static Field decimal(String column) {
			return new Field(column, camelCase(column), Type.DECIMAL, null);
		}

		static Field version() {
			return integer("version");
		}

		/** The slug is the resource's public id. */
		static Field slug() {
			return text("slug", "id");
		}

		static Field slugOf(String column, String name, String table) {
			return new Field(column, name, Type.SLUG, table);
		}

		private static String camelCase(String column) {
			StringBuilder name = new StringBuilder(column.length());
			boolean upper = false;
			for (char c : column.toCharArray()) {
				if (c == '_') {
					upper = true;
				}
				else {
					name.append(upper ? Character.toUpperCase(c) : c);
					upper = false;
				}
			}
			return name.toString();
		}

	}

}
