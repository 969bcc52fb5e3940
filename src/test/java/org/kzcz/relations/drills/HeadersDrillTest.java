package org.kzcz.relations.drills;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.TestKeys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drill 9 (headers), over real HTTP: every response carries X-Content-Type-Options
 * nosniff and X-Frame-Options; public reads are cacheable as public with an ETag;
 * anything answered to a credential is no-store; errors are never cacheable as public;
 * and no header names the server or a version.
 */
@DrillServer
class HeadersDrillTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern VERSION_LEAK = Pattern.compile("(?i)(tomcat|apache|jetty|undertow|spring|java|jdk)");

	@LocalServerPort
	int port;

	private final List<String> findings = new ArrayList<>();

	private int checked;

	@Test
	void everyResponseCarriesTheSecurityAndCachingHeadersItShould() {
		DrillHttp http = new DrillHttp(this.port);
		String curator = JSON
			.readTree(http.send(http.request("/api/v1/admin/api-keys")
				.header("X-API-Key", TestKeys.ADMIN)
				.header("Content-Type", "application/json")
				.POST(DrillHttp.json("{\"name\":\"headers drill\",\"role\":\"CURATOR\"}"))).body())
			.path("secret")
			.asString();
		JsonNode document = JSON.readTree(http.get("/v3/api-docs").body());
		int reads = 0;
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			JsonNode get = path.getValue().path("get");
			if (get.isMissingNode() || !path.getKey().startsWith("/api/")
					|| path.getKey().startsWith("/api/v1/admin")) {
				continue;
			}
			reads++;
			String uri = exampleUri(path.getKey(), get);
			HttpResponse<String> anonymous = http.get(uri);
			if (anonymous.statusCode() == 200) {
				expect(uri + " (anonymous)", anonymous, "public", true);
			}
			else {
				expectError(uri + " (anonymous, " + anonymous.statusCode() + ")", anonymous);
			}
			HttpResponse<String> authenticated = http.get(uri, "X-API-Key", curator);
			expect(uri + " (curator)", authenticated, "no-store", false);
		}
		expect("/api/v1/admin/api-keys (admin)", http.get("/api/v1/admin/api-keys", "X-API-Key", TestKeys.ADMIN),
				"no-store", false);

		String slug = "drill-headers-" + UUID.randomUUID().toString().substring(0, 8);
		String source = "{\"slug\":\"" + slug + "\",\"title\":\"Headers drill\",\"kind\":\"OTHER\"}";
		HttpResponse<String> created = http.send(http.request("/api/v1/sources")
			.header("X-API-Key", curator)
			.header("Content-Type", "application/json")
			.POST(DrillHttp.json(source)));
		expect("POST /api/v1/sources (201)", created, "no-store", false);
		expectError("GET unmapped path", http.get("/api/v1/no-such-collection"));
		expectError("GET unknown id", http.get("/api/v1/meetings/no-such-meeting"));
		expectError("GET invalid parameter", http.get("/api/v1/meetings?size=0"));
		expectError("GET unknown key", http.get("/api/v1/countries", "X-API-Key", "kzcz_not-a-key"));
		expectError("GET malformed Accept", http.get("/api/v1/countries", "Accept", "garbage"));
		expectError("GET encoded slash (container)", http.get("/api/v1/meetings/a%2Fb"));
		expectError("DELETE read-only resource", http.send(http.request("/api/v1/countries/KZ").DELETE()));
		expectError("POST anonymous",
				http.send(http.request("/api/v1/sources")
					.header("Content-Type", "application/json")
					.POST(DrillHttp.json(source))));
		expectError("POST too large",
				http.send(http.request("/api/v1/sources")
					.header("X-API-Key", curator)
					.header("Content-Type", "application/json")
					.POST(DrillHttp.json("{\"title\":\"" + "x".repeat(70_000) + "\"}"))));
		expectError("PUT without If-Match",
				http.send(http.request("/api/v1/sources/" + slug)
					.header("X-API-Key", curator)
					.header("Content-Type", "application/json")
					.PUT(DrillHttp.json(source))));
		expectError("PUT stale If-Match",
				http.send(http.request("/api/v1/sources/" + slug)
					.header("X-API-Key", curator)
					.header("Content-Type", "application/json")
					.header("If-Match", "\"v987654\"")
					.PUT(DrillHttp.json(source))));
		HttpResponse<String> deleted = http.deleteAsRead("/api/v1/sources/" + slug, curator);
		expectSecurityHeaders("DELETE /api/v1/sources/{id} (204)", deleted);

		System.out.println("DRILL headers: " + this.checked + " responses checked (" + reads
				+ " read routes anonymous and with a key, writes, 11 errors), " + this.findings.size()
				+ " missing nosniff/X-Frame-Options, wrongly cacheable, or naming the server");
		this.findings.forEach((finding) -> System.out.println("headers finding: " + finding));
		assertThat(this.findings).isEmpty();
	}

	private void expect(String what, HttpResponse<String> response, String cacheControl, boolean etag) {
		expectSecurityHeaders(what, response);
		String cache = response.headers().firstValue("Cache-Control").orElse("");
		if (!cache.contains(cacheControl)) {
			this.findings.add(what + ": Cache-Control '" + cache + "', expected " + cacheControl);
		}
		if (!cacheControl.equals("public") && cache.contains("public")) {
			this.findings.add(what + ": answered to a credential yet cacheable as public ('" + cache + "')");
		}
		if (etag && response.headers().firstValue("ETag").isEmpty()) {
			this.findings.add(what + ": no ETag");
		}
	}

	private void expectError(String what, HttpResponse<String> response) {
		expectSecurityHeaders(what, response);
		if (response.statusCode() < 400) {
			this.findings.add(what + ": expected an error, got " + response.statusCode());
		}
		String cache = response.headers().firstValue("Cache-Control").orElse("");
		if (cache.contains("public")) {
			this.findings.add(what + ": error cacheable as public ('" + cache + "')");
		}
	}

	private void expectSecurityHeaders(String what, HttpResponse<String> response) {
		this.checked++;
		if (!response.headers().firstValue("X-Content-Type-Options").orElse("").equals("nosniff")) {
			this.findings.add(what + ": no X-Content-Type-Options: nosniff");
		}
		if (response.headers().firstValue("X-Frame-Options").isEmpty()) {
			this.findings.add(what + ": no X-Frame-Options");
		}
		for (String name : List.of("Server", "X-Powered-By", "X-Application-Context", "X-AspNet-Version", "Via")) {
			response.headers()
				.firstValue(name)
				.ifPresent((value) -> this.findings.add(what + ": " + name + " header '" + value + "'"));
		}
		response.headers().map().forEach((name, values) -> values.forEach((value) -> {
			if (VERSION_LEAK.matcher(value).find() && !name.equalsIgnoreCase("Content-Type")) {
				this.findings.add(what + ": header " + name + " names the implementation ('" + value + "')");
			}
		}));
	}

	/**
	 * The operation's path with its parameters' examples, and its required query
	 * examples.
	 */
	private static String exampleUri(String template, JsonNode operation) {
		String path = template;
		StringBuilder query = new StringBuilder();
		for (JsonNode parameter : operation.path("parameters")) {
			String example = parameter.path("example").asString(parameter.path("schema").path("example").asString(""));
			String name = parameter.path("name").asString();
			if (parameter.path("in").asString().equals("path")) {
				path = path.replace("{" + name + "}",
						URLEncoder.encode(example.isEmpty() ? "1" : example, StandardCharsets.UTF_8));
			}
			else if (parameter.path("in").asString().equals("query") && parameter.path("required").asBoolean()) {
				query.append(query.isEmpty() ? "?" : "&")
					.append(name)
					.append('=')
					.append(URLEncoder.encode(example, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).equals("") ? "x"
							: URLEncoder.encode(example, StandardCharsets.UTF_8));
			}
		}
		return path + query;
	}

}
