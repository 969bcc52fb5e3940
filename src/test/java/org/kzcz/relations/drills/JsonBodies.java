package org.kzcz.relations.drills;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.models.media.Schema;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Request bodies shaped by a request schema: members present or missing, values valid, on
 * a boundary or of the wrong type, references to real sources or to none. Valid slugs
 * always start with {@code fuzz-}, so whatever a fuzzed write manages to store can be
 * found and removed afterwards.
 */
final class JsonBodies {

	static final String SLUG_PREFIX = "fuzz-";

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private JsonBodies() {
	}

	static Arbitrary<JsonNode> of(Schema<?> schema, FuzzPools pools) {
		return node(null, schema, pools, 0);
	}

	private static Arbitrary<JsonNode> node(String name, Schema<?> schema, FuzzPools pools, int depth) {
		Arbitrary<JsonNode> valid = typed(name, schema, pools, depth);
		return Arbitraries.frequencyOf(Tuple.of(30, valid), Tuple.of(1, Arbitraries.just(NODES.nullNode())),
				Tuple.of(1, wrongType(schema)));
	}

	private static Arbitrary<JsonNode> typed(String name, Schema<?> schema, FuzzPools pools, int depth) {
		if (schema == null) {
			return Arbitraries.just(NODES.stringNode("x"));
		}
		String type = typeOf(schema);
		return switch (type) {
			case "object" -> object(schema, pools, depth);
			case "array" -> array(name, schema, pools, depth);
			case "integer" -> integer(schema);
			case "number" ->
				Arbitraries.oneOf(Arbitraries.doubles().between(-1e6, 1e6), Arbitraries.of(0.0, -1.0, 1e308, 0.5))
					.map((d) -> (JsonNode) NODES.numberNode(d));
			case "boolean" -> Arbitraries.of(true, false).map((b) -> (JsonNode) NODES.booleanNode(b));
			default -> string(name, schema, pools).map((s) -> (JsonNode) NODES.stringNode(s));
		};
	}

	private static String typeOf(Schema<?> schema) {
		if (schema.getType() != null) {
			return schema.getType();
		}
		if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
			return schema.getTypes().iterator().next();
		}
		if (schema.getProperties() != null) {
			return "object";
		}
		if (schema.getItems() != null) {
			return "array";
		}
		return "string";
	}

	private static Arbitrary<JsonNode> object(Schema<?> schema, FuzzPools pools, int depth) {
		Map<String, Schema> properties = (schema.getProperties() != null) ? schema.getProperties() : Map.of();
		if (properties.isEmpty() || depth > 4) {
			return Arbitraries.just(NODES.objectNode());
		}
		Set<String> required = (schema.getRequired() != null) ? Set.copyOf(schema.getRequired()) : Set.of();
		List<Arbitrary<Optional<Tuple.Tuple2<String, JsonNode>>>> members = new ArrayList<>();
		properties.forEach((member, memberSchema) -> {
			Arbitrary<Optional<Tuple.Tuple2<String, JsonNode>>> present = node(member, memberSchema, pools, depth + 1)
				.map((value) -> Optional.of(Tuple.of(member, value)));
			int keep = required.contains(member) ? 24 : 10;
			members
				.add(Arbitraries.frequencyOf(Tuple.of(keep, present), Tuple.of(1, Arbitraries.just(Optional.empty()))));
		});
		members.add(Arbitraries.frequencyOf(Tuple.of(40, Arbitraries.just(Optional.empty())),
				Tuple.of(1, Arbitraries.of("unknownField", "id", "version", "self", "isAdmin", "")
					.map((unknown) -> Optional.of(Tuple.of(unknown, (JsonNode) NODES.stringNode("x")))))));
		return Combinators.combine(members).as((list) -> {
			ObjectNode object = NODES.objectNode();
			list.forEach((member) -> member.ifPresent((m) -> object.set(m.get1(), m.get2())));
			return object;
		});
	}

	private static Arbitrary<JsonNode> array(String name, Schema<?> schema, FuzzPools pools, int depth) {
		Schema<?> items = schema.getItems();
		Arbitrary<JsonNode> item = (items != null) ? node(name, items, pools, depth + 1)
				: Arbitraries.just(NODES.stringNode("x"));
		return Arbitraries.frequencyOf(Tuple.of(12, item.list().ofMinSize(1).ofMaxSize(3)),
				Tuple.of(2, Arbitraries.just(List.<JsonNode>of())), Tuple.of(1, item.list().ofMinSize(4).ofMaxSize(60)))
			.map((list) -> {
				ArrayNode array = NODES.arrayNode();
				list.forEach(array::add);
				return array;
			});
	}

	private static Arbitrary<JsonNode> integer(Schema<?> schema) {
		return Arbitraries
			.frequencyOf(Tuple.of(6, Arbitraries.longs().between(-2, 100)), Tuple.of(2, Arbitraries.longs()),
					Tuple.of(1, Arbitraries.of(0L, -1L, (long) Integer.MAX_VALUE + 1, Long.MAX_VALUE, Long.MIN_VALUE)))
			.map((n) -> (JsonNode) NODES.numberNode(n));
	}

	private static Arbitrary<String> string(String name, Schema<?> schema, FuzzPools pools) {
		String given = (name != null) ? name : "";
		String lower = given.toLowerCase(Locale.ROOT);
		List<Tuple.Tuple2<Integer, Arbitrary<String>>> choices = new ArrayList<>();
		if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
			List<String> constants = schema.getEnum().stream().map(Object::toString).toList();
			choices.add(Tuple.of(12, Arbitraries.of(constants)));
			choices.add(Tuple.of(1, Arbitraries.of("UNKNOWN", "", constants.get(0).toLowerCase(Locale.ROOT))));
		}
		else if ("date".equals(schema.getFormat()) || lower.endsWith("date") || given.endsWith("On")) {
			choices.add(Tuple.of(10,
					Combinators
						.combine(Arbitraries.integers().between(1990, 2030), Arbitraries.integers().between(1, 12),
								Arbitraries.integers().between(1, 28))
						.as((y, m, d) -> "%04d-%02d-%02d".formatted(y, m, (Math.abs(y + m) % 3 == 0) ? 1 : d))));
			choices.add(Tuple.of(2, Arbitraries.of("2024-02-30", "2024-13-01", "01.01.2024", "+10000-01-01",
					"-0001-01-01", "0000-01-01", "9999-12-31", "2024")));
		}
		else if (lower.equals("slug") || lower.endsWith("slug")) {
			choices.add(Tuple.of(10,
					Arbitraries.strings()
						.withCharRange('a', 'z')
						.numeric()
						.ofMinLength(1)
						.ofMaxLength(12)
						.map((s) -> SLUG_PREFIX + s)));
			choices.add(Tuple.of(2, Arbitraries.of("Fuzz-Upper", "fuzz--double", "-fuzz", "fuzz-", "fuzz x", "",
					"fuzz-" + "a".repeat(300), "fuzz-ž", "fuzz_underscore")));
		}
		else if (reference(given) != null) {
			List<String> own = pools.referencesTo(reference(given));
			if (!own.isEmpty()) {
				choices.add(Tuple.of(10, Arbitraries.of(own)));
			}
			choices.add(Tuple.of(2, Arbitraries.of("fuzz-no-such-record", "", "FUZZ", "fuzz--x")));
		}
		else if (lower.contains("country") || lower.equals("code") || given.endsWith("To") || lower.equals("partner")
				|| lower.equals("reporter")) {
			choices.add(Tuple.of(10, Arbitraries.of("KZ", "CZ", "EU", "DE", "kz", "XX", "KAZ", "")));
		}
		else if (lower.equals("currency")) {
			choices.add(Tuple.of(10, Arbitraries.of("USD", "EUR", "CZK", "KZT", "usd", "XXX", "")));
		}
		else if (lower.contains("url")) {
			choices.add(Tuple.of(10, Arbitraries.of("https://example.org/a", "http://x", "not a url",
					"javascript:alert(1)", "ftp://x/y")));
		}
		else if (lower.equals("language")) {
			choices.add(Tuple.of(10, Arbitraries.of("en", "cs", "kk", "ru", "EN", "english", "")));
		}
		else {
			int max = (schema.getMaxLength() != null) ? schema.getMaxLength() : 60;
			choices.add(Tuple.of(10,
					Arbitraries.strings().alpha().withChars(' ').ofMinLength(1).ofMaxLength(Math.min(max, 60))));
			choices.add(Tuple.of(1, Arbitraries.of(max, max + 1).map((n) -> "y".repeat(Math.min(n, 20_000)))));
		}
		choices.add(Tuple.of(2, OpenApiFuzzer.hostileText()));
		return Arbitraries.frequencyOf(choices);
	}

	/**
	 * The kind of record a body member refers to, by its name; such references go to the
	 * fuzzer's own records only, so a fuzzed write never links to (or versions) seeded
	 * data.
	 */
	private static String reference(String member) {
		return switch (member) {
			case "sources", "source" -> "source";
			case "organization", "leadOrganization", "parent", "reporterAgency" -> "organization";
			case "person", "signatories", "official" -> "official";
			case "meeting" -> "meeting";
			case "agreement" -> "agreement";
			case "projects", "project" -> "project";
			default -> null;
		};
	}

	private static Arbitrary<JsonNode> wrongType(Schema<?> schema) {
		String type = (schema != null && schema.getType() != null) ? schema.getType() : "string";
		return switch (type) {
			case "string" ->
				Arbitraries.of(NODES.numberNode(1), NODES.booleanNode(true), NODES.arrayNode(), NODES.objectNode());
			case "array" -> Arbitraries.of(NODES.stringNode("x"), NODES.objectNode(), NODES.numberNode(0));
			case "object" -> Arbitraries.of(NODES.stringNode("x"), NODES.arrayNode(), NODES.numberNode(0));
			default -> Arbitraries.of(NODES.stringNode("1"), NODES.stringNode("abc"), NODES.arrayNode(),
					NODES.numberNode(1.5));
		};
	}

}
