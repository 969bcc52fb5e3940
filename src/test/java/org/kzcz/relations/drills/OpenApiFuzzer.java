package org.kzcz.relations.drills;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.web.util.UriUtils;

/**
 * Turns the OpenAPI document into jqwik generators of requests: for every path, query,
 * header and body parameter a mix of valid values and values that break it (unknown enum
 * constants, malformed dates, sizes 0, 201 and huge, unicode and SQL metacharacters,
 * missing required parameters), and for write routes random JSON bodies built from the
 * request schema, sent with and without credentials.
 */
final class OpenApiFuzzer {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final List<String> HOSTILE = List.of("' or '1'='1", "'; drop table meeting; --", "\" or \"\"=\"", "%", "_",
			"%%", "\\", "\\'", "$1", "::text", "'::int", "1; select pg_sleep(10)", "') or ('a'='a",
			"<script>alert(1)</script>", "../../../etc/passwd", "..%2f..%2f", "%00", "\u0000", "a\u0000b", "\uD800",
			"\uDFFF", "😀", "ß", "İ", "Ω≈ç√", "\u202Eevil", "\t", "\r\n", " ", "", "null", "undefined", "NaN", "-0",
			"!", "&", "|", ":*", "a & b", "!(a)", "\"unclosed", "a OR", "-", "--", "(((", "''", "{}", "[]", "*", "?",
			"#", "%23", "+", "%2B", "%zz", "=", ";", ",", ",,", "e\u0301", "\uFEFF", "\u200B", "ǅ", "𝕂𝕫");

	private static final List<String> COUNTRIES = List.of("KZ", "CZ", "EU", "kz", "cz", "eu", "KAZ", "CZE", "398",
			"203", "DE", "XX", "ZZ", "K", "KZZ", "k z", "Kz", "000", "1000");

	private static final List<String> BAD_INTEGERS = List.of("-1", "0", "1", "199", "200", "201", "2147483647",
			"2147483648", "-2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
			"99999999999999999999999", "abc", "1.5", "", " ", "+1", " 5", "0x1F", "1e3", "٣", "１", "-0", "00007");

	private static final List<String> BAD_NUMBERS = List.of("0", "-1", "0.0000001", "1e308", "1e309", "1e999999999",
			"-1e999999999", "1e-999999999", "NaN", "Infinity", "-Infinity", "123456789012345678901234567890.5", "abc",
			"", "1,5", "0x10", "--1");

	private static final List<String> BAD_DATES = List.of("2024-13-01", "2024-02-30", "2024-00-10", "2024/01/01",
			"01.01.2024", "2024-1-1", "", " ", "now", "today", "0000-01-01", "-0001-01-01", "9999-12-31",
			"+10000-01-01", "+999999999-12-31", "-999999999-01-01", "2024-01-01T00:00:00Z", "20240101", "2024",
			"2024-06", "1970-01-01", "2024-02-29", "2023-02-29");

	private static final List<String> BAD_DATE_TIMES = List.of("2024-01-01", "2024-01-01T00:00:00", "not-a-time", "",
			"2024-13-01T00:00:00Z", "-999999999-01-01T00:00:00Z", "+1000000000-12-31T23:59:59.999999999Z",
			"+999999999-12-31T23:59:59Z", "0000-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "2100-01-01T00:00:00Z",
			"2024-01-01T00:00:00+14:00", "2024-01-01T24:00:00Z", "2024-01-01 00:00:00Z", "9999-12-31T23:59:59Z");

	private static final List<String> ACCEPTS = List.of("application/json", "*/*", "application/problem+json",
			"text/csv", "application/xml", "text/html", "application/*", "garbage", "application/json;q=0",
			"text/csv, application/json;q=0.5", "image/png", "");

	private static final List<String> WRITE_CONTENT_TYPES = List.of("application/json", "application/json",
			"application/json", "application/json;charset=UTF-8", "application/merge-patch+json", "text/plain",
			"application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "*/*",
			"application/json;charset=UTF-16", "garbage");

	private static final List<String> MALFORMED_JSON = List.of("{", "}", "{\"slug\":", "[1,2", "not json", "{\"a\":1}}",
			"{'slug':'x'}", "{\"a\":1,}", "0x10", "{\"a\":NaN}", "\u0000", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\u0000\"}",
			"\uFEFF{}", "{\"a\":1e99999999}", "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}",
			"{\"sources\":[" + "\"x\",".repeat(5000) + "\"x\"]}", "{\"title\":\"" + "é".repeat(40000) + "\"}");

	private static final Pattern UPPER_TOKENS = Pattern.compile("\\b[A-Z][A-Z_]{2,}\\b");

	private static final Pattern PAREN_LIST = Pattern.compile("\\(([a-zA-Z, ]+)\\)");

	private final OpenAPI api;

	private final FuzzPools pools;

	OpenApiFuzzer(OpenAPI api, FuzzPools pools) {
		this.api = api;
		this.pools = pools;
	}

	/** Every operation of the document with its request generator. */
	List<FuzzOperation> operations() {
		List<FuzzOperation> operations = new ArrayList<>();
		this.api.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, operation) -> {
			String key = method.name() + " " + template;
			operations.add(new FuzzOperation(key, method.name(), template, requests(key, method, template, operation)));
		}));
		return operations;
	}

	private Arbitrary<FuzzRequest> requests(String key, PathItem.HttpMethod method, String template,
			Operation operation) {
		boolean write = method != PathItem.HttpMethod.GET;
		String collection = collectionOf(template);
		boolean create = method == PathItem.HttpMethod.POST;
		List<Parameter> parameters = (operation.getParameters() != null) ? operation.getParameters() : List.of();
		List<Arbitrary<Optional<Tuple.Tuple2<Parameter, List<String>>>>> values = new ArrayList<>();
		for (Parameter parameter : parameters) {
			values.add(parameterValues(parameter, write, create, collection, template)
				.map((v) -> v.map((list) -> Tuple.of(parameter, list))));
		}
		Arbitrary<List<Optional<Tuple.Tuple2<Parameter, List<String>>>>> all = values.isEmpty()
				? Arbitraries.just(List.of()) : Combinators.combine(values).as((list) -> list);
		Arbitrary<String> extraQuery = Arbitraries.frequencyOf(Tuple.of(20, Arbitraries.just("")),
				Tuple.of(1, Arbitraries.of("unknown=1", "page=1&page=2", "size=", "q", "=x", "a%5B%5D=1", "sort=-",
						"%FF=1", "x=%E2%82")));
		Arbitrary<String> key2 = write ? writeKey() : readKey();
		Arbitrary<String> accept = Arbitraries.frequencyOf(Tuple.of(10, Arbitraries.just("")),
				Tuple.of(4, Arbitraries.of(ACCEPTS)));
		Arbitrary<String> ifNoneMatch = Arbitraries.frequencyOf(Tuple.of(30, Arbitraries.just("")),
				Tuple.of(1, Arbitraries.of("*", "\"x\"", "W/\"d1-0\"", "garbage")));
		Arbitrary<Tuple.Tuple2<String, byte[]>> body = write ? body(method, operation)
				: Arbitraries.just(Tuple.of((String) null, (byte[]) null));
		return Combinators.combine(all, extraQuery, key2, accept, ifNoneMatch, body)
			.as((params, extra, apiKey, acceptHeader, inm, contentAndBody) -> {
				String path = template;
				StringBuilder query = new StringBuilder();
				Map<String, String> headers = new LinkedHashMap<>();
				for (Optional<Tuple.Tuple2<Parameter, List<String>>> value : params) {
					if (value.isEmpty()) {
						continue;
					}
					Parameter parameter = value.get().get1();
					List<String> list = value.get().get2();
					switch (parameter.getIn()) {
						case "path" -> path = path.replace("{" + parameter.getName() + "}", encodePath(list.get(0)));
						case "header" -> headers.put(parameter.getName(), list.get(0));
						default -> {
							for (String v : list) {
								query.append(query.isEmpty() ? "" : "&")
									.append(parameter.getName())
									.append('=')
									.append(UriUtils.encodeQueryParam(v, StandardCharsets.UTF_8));
							}
						}
					}
				}
				if (!extra.isEmpty()) {
					query.append(query.isEmpty() ? "" : "&").append(extra);
				}
				if (!apiKey.isEmpty()) {
					headers.put("X-API-Key", apiKey);
				}
				if (!acceptHeader.isEmpty()) {
					headers.put("Accept", acceptHeader);
				}
				if (!write && !inm.isEmpty()) {
					headers.put("If-None-Match", inm);
				}
				return new FuzzRequest(key, method.name(), template, path, query.toString(), headers,
						contentAndBody.get1(), contentAndBody.get2());
			});
	}

	private Arbitrary<Optional<List<String>>> parameterValues(Parameter parameter, boolean write, boolean create,
			String collection, String template) {
		Schema<?> schema = parameter.getSchema();
		Arbitrary<String> single = valuesFor(parameter.getName(), parameter.getIn(), schema, parameter.getDescription(),
				parameter.getExample(), write, create, collection, template);
		if ("path".equals(parameter.getIn())) {
			return single.filter((v) -> !v.isEmpty() && !v.equals(".") && !v.equals(".."))
				.map((v) -> Optional.of(List.of(v)));
		}
		if ("header".equals(parameter.getIn())) {
			return single.map((v) -> v.isEmpty() ? Optional.empty() : Optional.of(List.of(v)));
		}
		boolean required = Boolean.TRUE.equals(parameter.getRequired());
		int absent = required ? 1 : 6;
		int present = required ? 14 : 10;
		return Arbitraries.frequencyOf(Tuple.of(absent, Arbitraries.just(Optional.<List<String>>empty())),
				Tuple.of(present, single.map((v) -> Optional.of(List.of(v)))),
				Tuple.of(1, single.list().ofMinSize(2).ofMaxSize(3).map(Optional::of)));
	}

	private Arbitrary<String> valuesFor(String name, String in, Schema<?> schema, String description, Object example,
			boolean write, boolean create, String collection, String template) {
		if ("header".equals(in) && name.equalsIgnoreCase("If-Match")) {
			// Never an example ("v0") or "*": those would match a seeded record's
			// version.
			return namedValues(name, in, description, write, create, collection, template);
		}
		if ("path".equals(in) && write && schema != null && "integer".equals(schema.getType())
				&& !collection.equals("api-keys")) {
			List<Tuple.Tuple2<Integer, Arbitrary<String>>> choices = new ArrayList<>();
			choices.add(Tuple.of(6, Arbitraries.just(FuzzRequest.OWNED)));
			choices.add(Tuple.of(2, Arbitraries.of("987654321", "-1", "99999999999999999999", "abc", "1.5")));
			if (!create) {
				choices.add(Tuple.of(4, Arbitraries.integers().between(1, 100).map(String::valueOf)));
			}
			return Arbitraries.frequencyOf(choices);
		}
		if ("path".equals(in) && write) {
			return namedValues(name, in, description, write, create, collection, template);
		}
		String type = (schema != null) ? schema.getType() : "string";
		String format = (schema != null) ? schema.getFormat() : null;
		List<Tuple.Tuple2<Integer, Arbitrary<String>>> choices = new ArrayList<>();
		if (example != null) {
			choices.add(Tuple.of(3, Arbitraries.just(example.toString())));
		}
		if (schema != null && schema.getEnum() != null && !schema.getEnum().isEmpty()) {
			List<String> constants = schema.getEnum().stream().map(Object::toString).toList();
			choices.add(Tuple.of(8, Arbitraries.of(constants)));
			choices.add(Tuple.of(2, Arbitraries.of(constants).map((c) -> c.toLowerCase(Locale.ROOT))));
			choices.add(Tuple.of(2, Arbitraries.of("UNKNOWN", "", " ", "null", constants.get(0) + "X", "1",
					constants.get(0) + "," + constants.get(constants.size() - 1))));
		}
		else if ("integer".equals(type)) {
			choices.add(Tuple.of(6, Arbitraries.integers().between(-3, 250).map(String::valueOf)));
			choices.add(Tuple.of(2, Arbitraries.integers().between(1990, 2030).map(String::valueOf)));
			choices.add(Tuple.of(4, Arbitraries.of(BAD_INTEGERS)));
			choices.add(Tuple.of(1, Arbitraries.longs().map(String::valueOf)));
		}
		else if ("number".equals(type)) {
			choices.add(Tuple.of(6,
					Arbitraries.bigDecimals()
						.between(new java.math.BigDecimal("-1000"), new java.math.BigDecimal("1000"))
						.ofScale(3)
						.map(java.math.BigDecimal::toPlainString)));
			choices.add(Tuple.of(4, Arbitraries.of(BAD_NUMBERS)));
		}
		else if ("date".equals(format)) {
			choices.add(Tuple.of(6, validDates()));
			choices.add(Tuple.of(4, Arbitraries.of(BAD_DATES)));
		}
		else if ("date-time".equals(format)) {
			choices.add(Tuple.of(6, validDates().map((d) -> d + "T12:00:00Z")));
			choices.add(Tuple.of(4, Arbitraries.of(BAD_DATE_TIMES)));
		}
		else {
			choices.add(Tuple.of(6, namedValues(name, in, description, write, create, collection, template)));
		}
		choices.add(Tuple.of(2, hostileText()));
		return Arbitraries.frequencyOf(choices);
	}

	/** Plausible values by parameter name, so requests get past parsing into queries. */
	private Arbitrary<String> namedValues(String name, String in, String description, boolean write, boolean create,
			String collection, String template) {
		String lower = name.toLowerCase(Locale.ROOT);
		if ("path".equals(in) && lower.equals("collection")) {
			List<String> collections = new ArrayList<>(this.pools.ids().keySet());
			collections.addAll(List.of("trade-figures", "countries", "api-keys", "history", "Meetings"));
			return Arbitraries.of(collections);
		}
		if ("path".equals(in) && collection.equals("api-keys")) {
			// Never a real key's id: a fuzzed revoke must not lock out the suite's admin.
			return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(FuzzRequest.OWNED)),
					Tuple.of(3, Arbitraries.of("987654321", "0", "-1", "99999999999999999999", "abc", "1.5")),
					Tuple.of(1, hostileText().filter((v) -> !v.matches("\\d+"))));
		}
		if ("path".equals(in)) {
			String owner = template.contains("{collection}") ? null : collection;
			List<String> known = (owner != null) ? this.pools.idsOf(owner) : allIds();
			List<Tuple.Tuple2<Integer, Arbitrary<String>>> choices = new ArrayList<>();
			// A create under an existing record (a post of a seeded official) would
			// change
			// data other tests read: creates go under the fuzzer's own records only.
			// Other
			// writes may name seeded records, since their If-Match never matches those.
			if (!known.isEmpty() && !create) {
				choices.add(Tuple.of(6, Arbitraries.of(known)));
			}
			if (write) {
				choices.add(Tuple.of(6, Arbitraries.just(FuzzRequest.OWNED)));
			}
			choices.add(Tuple.of(2,
					create ? Arbitraries.of("999999", "0", "-1", "no-such-id", "fuzz-missing", "x y")
							: Arbitraries.of("1", "42", "999999", "0", "-1", "KZ", "kaz", "398", "no-such-id",
									"fuzz-missing", "a".repeat(300), "UPPER-case", "x y")));
			choices.add(Tuple.of(1, create ? hostileText().map((v) -> "fuzz-missing" + v) : hostileText()));
			return Arbitraries.frequencyOf(choices);
		}
		if ("header".equals(in) && lower.equals("if-match")) {
			return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just("")),
					Tuple.of(6, Arbitraries.just(FuzzRequest.ANY_VERSION)),
					Tuple.of(3,
							Arbitraries.of("\"v987654\"", "W/\"v987654\"", "\"v987654-d1-abc\"", "v1", "\"v-1\"",
									"\"v99999999999999999999\"", "garbage", "\"\"", ",", "\"v987654\", \"v987655\"")),
					Tuple.of(1, hostileText().filter((v) -> !v.contains("*") && !v.matches("(?s).*v\\d.*"))));
		}
		if (lower.contains("country") || lower.equals("partner") || lower.equals("postedto") || lower.equals("activein")
				|| lower.equals("reporter") || lower.equals("code")) {
			return Arbitraries.of(COUNTRIES);
		}
		if (lower.equals("sort")) {
			List<String> sorts = new ArrayList<>(
					List.of("id", "-id", "name,desc", "name,up", ",", "-", "--name", "name;drop", "id,asc,desc"));
			if (description != null) {
				Matcher matcher = PAREN_LIST.matcher(description);
				while (matcher.find()) {
					for (String field : matcher.group(1).split(",")) {
						sorts.add(field.trim());
						sorts.add("-" + field.trim());
						sorts.add(field.trim() + ",desc");
					}
				}
			}
			return Arbitraries.of(sorts);
		}
		if (lower.equals("types") || lower.equals("role")) {
			List<String> tokens = new ArrayList<>();
			if (description != null) {
				Matcher matcher = UPPER_TOKENS.matcher(description);
				while (matcher.find()) {
					tokens.add(matcher.group());
				}
			}
			tokens.addAll(List.of("UNKNOWN", "meeting", "ambassador", "foreign minister"));
			return Arbitraries.of(tokens).list().ofMinSize(1).ofMaxSize(3).map((list) -> String.join(",", list));
		}
		if (lower.equals("format")) {
			return Arbitraries.of("csv", "json", "CSV", " json ", "xml", "", "csv,json");
		}
		if (lower.equals("official") || lower.equals("organization")) {
			List<String> known = this.pools.idsOf(lower.equals("official") ? "officials" : "organizations");
			return known.isEmpty() ? Arbitraries.of("no-such-slug") : Arbitraries.of(known);
		}
		return Arbitraries.frequencyOf(
				Tuple.of(4,
						Arbitraries.of("Pilsen", "Plzen", "Plzeň", "railway", "Przewalski", "ambassador", "Lipavsky",
								"zoo", "\"foreign ministers\"", "zoo OR horse", "-zoo", "Astana")),
				Tuple.of(2, Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12)));
	}

	private List<String> allIds() {
		return this.pools.ids().values().stream().flatMap(List::stream).distinct().toList();
	}

	static Arbitrary<String> hostileText() {
		return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(HOSTILE)),
				Tuple.of(3, Arbitraries.strings().all().ofMinLength(0).ofMaxLength(24)),
				Tuple.of(2, Arbitraries.strings().withChars("'\"%_\\;:*&|!()<>-,.=?#/+ ").ofMaxLength(16)),
				Tuple.of(1,
						Combinators
							.combine(Arbitraries.of("a", "é", "'", "%", "ж", "😀"),
									Arbitraries.integers().between(300, 3000))
							.as(String::repeat)));
	}

	private static Arbitrary<String> validDates() {
		return Combinators
			.combine(Arbitraries.integers().between(1990, 2030), Arbitraries.integers().between(1, 12),
					Arbitraries.integers().between(1, 28))
			.as((y, m, d) -> "%04d-%02d-%02d".formatted(y, m, d));
	}

	private Arbitrary<String> readKey() {
		return Arbitraries.frequencyOf(Tuple.of(20, Arbitraries.just("")),
				Tuple.of(2, Arbitraries.just(this.pools.curatorKey())),
				Tuple.of(1, Arbitraries.just(this.pools.adminKey())),
				Tuple.of(1, Arbitraries.of("kzcz_not-a-key", "x", this.pools.revokedKey(), "' or 1=1 --")));
	}

	private Arbitrary<String> writeKey() {
		return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just("")),
				Tuple.of(8, Arbitraries.just(this.pools.curatorKey())),
				Tuple.of(3, Arbitraries.just(this.pools.adminKey())),
				Tuple.of(2, Arbitraries.of("kzcz_not-a-key", this.pools.revokedKey(), " ")));
	}

	private Arbitrary<Tuple.Tuple2<String, byte[]>> body(PathItem.HttpMethod method, Operation operation) {
		Schema<?> schema = requestSchema(operation);
		Arbitrary<String> text;
		if (schema == null) {
			text = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just("")), Tuple.of(1, randomJson()));
		}
		else {
			text = Arbitraries.frequencyOf(Tuple.of(12, JsonBodies.of(schema, this.pools).map(OpenApiFuzzer::write)),
					Tuple.of(3, randomJson()), Tuple.of(2, Arbitraries.of(MALFORMED_JSON)),
					Tuple.of(1, Arbitraries.just("")));
		}
		String defaultType = (schema == null) ? null
				: (method == PathItem.HttpMethod.PATCH) ? "application/merge-patch+json" : "application/json";
		Arbitrary<String> contentType = Arbitraries.frequencyOf(
				Tuple.of(12, Arbitraries.just((defaultType != null) ? defaultType : "")),
				Tuple.of(3, Arbitraries.of(WRITE_CONTENT_TYPES)), Tuple.of(1, Arbitraries.just("")));
		Arbitrary<Boolean> huge = Arbitraries.frequencyOf(Tuple.of(300, Arbitraries.just(false)),
				Tuple.of(1, Arbitraries.just(true)));
		return Combinators.combine(text, contentType, huge).as((t, ct, h) -> {
			String content = h ? "{\"title\":\"" + "x".repeat(70_000) + "\"}" : t;
			return Tuple.of(ct.isEmpty() ? null : ct,
					content.isEmpty() && !h ? null : content.getBytes(StandardCharsets.UTF_8));
		});
	}

	static Schema<?> requestSchema(Operation operation) {
		if (operation.getRequestBody() == null) {
			return null;
		}
		Content content = operation.getRequestBody().getContent();
		if (content == null || content.isEmpty()) {
			return null;
		}
		return content.values().iterator().next().getSchema();
	}

	static Arbitrary<String> randomJson() {
		Arbitrary<JsonNode> leaf = Arbitraries.oneOf(Arbitraries.just(NODES.nullNode()),
				Arbitraries.of(true, false).map(NODES::booleanNode), Arbitraries.integers().map(NODES::numberNode),
				Arbitraries.doubles().map(NODES::numberNode), hostileText().map(NODES::stringNode));
		Arbitrary<JsonNode> node = Arbitraries.recursive(() -> leaf,
				(inner) -> Arbitraries.oneOf(inner.list().ofMaxSize(4).map((items) -> {
					ArrayNode array = NODES.arrayNode();
					items.forEach(array::add);
					return (JsonNode) array;
				}), Arbitraries
					.maps(Arbitraries.of("slug", "title", "sources", "kind", "id", "version", "name", "role",
							"startDate", "country", "x", ""), inner)
					.ofMaxSize(4)
					.map((members) -> {
						ObjectNode object = NODES.objectNode();
						members.forEach(object::set);
						return (JsonNode) object;
					})),
				0, 3);
		return node.map(OpenApiFuzzer::write);
	}

	static String write(JsonNode node) {
		return JSON.writeValueAsString(node);
	}

	static String collectionOf(String template) {
		String rest = template.substring("/api/v1/".length());
		if (rest.startsWith("admin/")) {
			rest = rest.substring("admin/".length());
		}
		int slash = rest.indexOf('/');
		return (slash >= 0) ? rest.substring(0, slash) : rest;
	}

	private static String encodePath(String value) {
		if (value.equals(FuzzRequest.OWNED)) {
			return value;
		}
		return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
	}

	/** An operation of the document and its request generator. */
	record FuzzOperation(String key, String method, String template, Arbitrary<FuzzRequest> requests) {
	}

}
