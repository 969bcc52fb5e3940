package org.kzcz.relations.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.kzcz.relations.history.RecordShape.Field;

/**
 * Documents the state of each audited resource, from the same {@link RecordShape}s that
 * write it, and points the {@code state} of history entries and snapshots at them.
 */
final class StateSchemas {

	private static final String REF = "#/components/schemas/";

	/** The resources a HistoryEntry or Snapshot state can be (posts have their own). */
	private static final List<String> RESOURCE_STATES = List.of("source", "organization", "person", "meeting",
			"agreement", "project", "trade_figure", "claim");

	private static final Map<String, Object> EXAMPLE = example();

	private StateSchemas() {
	}

	static void register(OpenAPI openApi) {
		RecordShape.byTable()
			.values()
			.forEach((shape) -> openApi.getComponents().addSchemas(shape.schema(), schema(shape)));
		List<Schema> states = RESOURCE_STATES.stream()
			.map((table) -> (Schema) new Schema<>().$ref(REF + RecordShape.of(table).orElseThrow().schema()))
			.toList();
		point(openApi, "HistoryEntry", new Schema<>().anyOf(states)
			.description("The resource after the change (before it, for DELETE), as its own JSON names and prints "
					+ "its fields; other resources by slug")
			.example(EXAMPLE));
		point(openApi, "Snapshot",
				new Schema<>().anyOf(states)
					.description("The resource as it stood then, as its own JSON names and prints its fields; "
							+ "other resources by slug")
					.example(EXAMPLE));
		point(openApi, "OfficialPostHistoryEntry",
				new Schema<>().$ref(REF + RecordShape.of("post_held").orElseThrow().schema()));
	}

	@SuppressWarnings("rawtypes")
	private static void point(OpenAPI openApi, String schemaName, Schema<?> state) {
		Map<String, Schema> schemas = openApi.getComponents().getSchemas();
		Schema<?> schema = (schemas != null) ? schemas.get(schemaName) : null;
		if (schema != null && schema.getProperties() != null && schema.getProperties().containsKey("state")) {
			schema.getProperties().put("state", state);
		}
	}

	private static Schema<?> schema(RecordShape shape) {
		Schema<?> schema = new Schema<>().type("object");
		for (Field field : shape.fields()) {
			Schema<?> property = switch (field.type()) {
				case TEXT -> new Schema<>().type("string");
				case BOOLEAN -> new Schema<>().type("boolean");
				case INTEGER -> new Schema<>().type("integer").format("int64");
				case DECIMAL -> new Schema<>().type("number")
					.description("Exact, with every digit stored; never rounded through a double");
				case DATE -> new Schema<>().type("string").format("date");
				case SLUG -> new Schema<>().type("string").description("Slug of the " + field.references());
			};
			schema.addProperty(field.name(), property.nullable(true));
		}
		return schema.description("A stored " + shape.schema().replace("State", "") + " record, in the API's terms");
	}

	private static Map<String, Object> example() {
		Map<String, Object> example = new LinkedHashMap<>();
		example.put("id", "lipavsky-nurtleu-talks-astana-2024");
		example.put("title", "Lipavský and Nurtleu hold talks in Astana");
		example.put("kind", "TALKS");
		example.put("status", "HELD");
		example.put("startDate", "2024-04-16");
		example.put("datePrecision", "DAY");
		example.put("country", "KZ");
		example.put("hostCountry", "KZ");
		example.put("visitingCountry", "CZ");
		example.put("version", 3);
		return example;
	}

}
