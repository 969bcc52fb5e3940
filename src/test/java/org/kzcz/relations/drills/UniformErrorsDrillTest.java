package org.kzcz.relations.drills;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.TestKeys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drill 7 (uniform errors): one request over real HTTP for every error status the API can
 * give, and for what the container itself answers to a malformed request. Each must be
 * application/problem+json with type, title and the status, and name no Java class or
 * stack frame, and name its request (requestId). 429 is in
 * {@link RateLimitedErrorDrillTest} (it needs the limit on).
 */
@DrillServer
class UniformErrorsDrillTest {

	/** What gives away the implementation: stack frames, Java and Spring class names. */
	private static final Pattern LEAK = Pattern
		.compile("(?i)(\\bat [a-z]+\\.[a-z]|\\.java:\\d|exception|java\\.|javax\\.|jakarta\\.|org\\.springframework|"
				+ "org\\.hibernate|org\\.postgresql|org\\.apache|tools\\.jackson|com\\.fasterxml|kzcz\\.relations|"
				+ "\"trace\"|tomcat)");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	DatabaseOutage outage;

	@AfterEach
	void endOutage() {
		this.outage.end();
	}

	@Test
	void everyErrorStatusIsAProblemWithoutImplementationDetails() throws Exception {
		DrillHttp http = new DrillHttp(this.port);
		String curator = createKey(http, "CURATOR");
		String slug = "drill-errors-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(http
			.send(http.request("/api/v1/sources")
				.header("X-API-Key", curator)
				.header("Content-Type", "application/json")
				.POST(DrillHttp.json(source(slug))))
			.statusCode()).isEqualTo(201);

		Map<String, Exchange> cases = new LinkedHashMap<>();
		cases.put("400 invalid parameter", new Exchange(400, http.get("/api/v1/meetings?size=0")));
		cases.put("400 invalid body",
				new Exchange(400,
						http.send(http.request("/api/v1/sources")
							.header("X-API-Key", curator)
							.header("Content-Type", "application/json")
							.POST(DrillHttp.json("{\"slug\":")))));
		cases.put("400 URL the firewall refuses", new Exchange(400, http.get("/api/v1/meetings/a%2F..%2Fb")));
		cases.put("400 malformed request line (container)",
				new Exchange(400, raw("GET /api/v1/meetings/%zz HTTP/1.1")));
		cases.put("401 no key on a write",
				new Exchange(401,
						http.send(http.request("/api/v1/sources")
							.header("Content-Type", "application/json")
							.POST(DrillHttp.json(source("drill-anonymous"))))));
		cases.put("401 unknown key", new Exchange(401, http.get("/api/v1/countries", "X-API-Key", "kzcz_not-a-key")));
		cases.put("403 curator on an admin route",
				new Exchange(403, http.get("/api/v1/admin/api-keys", "X-API-Key", curator)));
		cases.put("404 unmapped path", new Exchange(404, http.get("/api/v1/no-such-collection")));
		cases.put("404 unknown resource", new Exchange(404, http.get("/api/v1/meetings/no-such-meeting")));
		cases.put("405 method not supported", new Exchange(405,
				http.send(http.request("/api/v1/countries/KZ").header("X-API-Key", curator).DELETE())));
		cases.put("406 unsupported Accept",
				new Exchange(406, http.get("/api/v1/countries", "Accept", "application/xml")));
		cases.put("406 malformed Accept", new Exchange(406, http.get("/api/v1/countries", "Accept", "garbage")));
		cases.put("409 duplicate slug",
				new Exchange(409,
						http.send(http.request("/api/v1/sources")
							.header("X-API-Key", curator)
							.header("Content-Type", "application/json")
							.POST(DrillHttp.json(source(slug))))));
		cases.put("412 stale If-Match",
				new Exchange(412,
						http.send(http.request("/api/v1/sources/" + slug)
							.header("X-API-Key", curator)
							.header("Content-Type", "application/json")
							.header("If-Match", "\"v987654\"")
							.PUT(DrillHttp.json(source(slug))))));
		cases.put("413 body too large",
				new Exchange(413,
						http.send(http.request("/api/v1/sources")
							.header("X-API-Key", curator)
							.header("Content-Type", "application/json")
							.POST(DrillHttp.json("{\"title\":\"" + "x".repeat(70_000) + "\"}")))));
		cases.put("415 not JSON",
				new Exchange(415,
						http.send(http.request("/api/v1/sources")
							.header("X-API-Key", curator)
							.header("Content-Type", "text/plain")
							.POST(DrillHttp.json("slug=x")))));
		cases.put("422 rule broken",
				new Exchange(422, http.send(http.request("/api/v1/meetings")
					.header("X-API-Key", curator)
					.header("Content-Type", "application/json")
					.POST(DrillHttp.json("{\"slug\":\"drill-errors-meeting\",\"title\":\"Drill\",\"kind\":\"TALKS\","
							+ "\"status\":\"HELD\",\"startDate\":\"2001-01-01\",\"datePrecision\":\"DAY\","
							+ "\"sources\":[\"no-such-source\"]}")))));
		cases.put("428 If-Match missing",
				new Exchange(428,
						http.send(http.request("/api/v1/sources/" + slug)
							.header("X-API-Key", curator)
							.header("Content-Type", "application/json")
							.PUT(DrillHttp.json(source(slug))))));
		this.outage.failNextConnections(1);
		cases.put("503 database unreachable (anonymous read)", new Exchange(503, http.get("/api/v1/countries/KZ")));
		this.outage.failNextConnections(1);
		cases.put("503 database unreachable (key check)",
				new Exchange(503, http.get("/api/v1/countries/KZ", "X-API-Key", curator)));
		this.outage.failNextConnections(1);
		cases.put("503 database unreachable (write)",
				new Exchange(503,
						http.send(http.request("/api/v1/sources/" + slug)
							.header("X-API-Key", TestKeys.ADMIN)
							.header("If-Match", "\"v0\"")
							.DELETE())));
		this.outage.end();

		List<String> failures = new ArrayList<>();
		cases.forEach((name, exchange) -> failures.addAll(check(name, exchange)));
		long statuses = cases.values().stream().map(Exchange::expected).distinct().count();
		System.out.println("DRILL errors: " + cases.size() + " error cases covering " + statuses
				+ " statuses (400-428, 503; 429 in RateLimitedErrorDrillTest), " + failures.size()
				+ " not application/problem+json with type, title and status or leaking a class name or stack trace");
		failures.forEach((failure) -> System.out.println("errors finding: " + failure));
		http.deleteAsRead("/api/v1/sources/" + slug, TestKeys.ADMIN);
		assertThat(failures).isEmpty();
	}

	static List<String> check(String name, Exchange exchange) {
		List<String> failures = new ArrayList<>();
		String where = name + " (" + exchange.status() + " " + exchange.contentType() + " " + exchange.body() + ")";
		if (exchange.status() != exchange.expected()) {
			failures.add(where + ": expected status " + exchange.expected());
		}
		if (!exchange.contentType().startsWith("application/problem+json")) {
			failures.add(where + ": not application/problem+json");
		}
		try {
			JsonNode problem = JSON.readTree(exchange.body());
			if (!problem.path("type").isString() || !problem.path("title").isString()
					|| problem.path("status").asInt() != exchange.status()) {
				failures.add(where + ": type, title or status missing or wrong");
			}
			// What Tomcat refuses before the application sees it
			// (ContainerProblemReports)
			// has no request id.
			boolean container = problem.path("detail").asString("").contains("before it reached the API");
			if (!container && !problem.path("requestId").isString()) {
				failures.add(where + ": no requestId");
			}
		}
		catch (RuntimeException ex) {
			failures.add(where + ": body is not JSON");
		}
		if (LEAK.matcher(exchange.body()).find()) {
			failures.add(where + ": names a class or shows a stack trace");
		}
		return failures;
	}

	/** Sends a request line as is, bypassing the client's own URL checks. */
	private Exchange.Raw raw(String requestLine) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
			return Exchange.Raw.parse(response);
		}
	}

	private static String createKey(DrillHttp http, String role) {
		HttpResponse<String> created = http.send(http.request("/api/v1/admin/api-keys")
			.header("X-API-Key", TestKeys.ADMIN)
			.header("Content-Type", "application/json")
			.POST(DrillHttp.json("{\"name\":\"errors drill\",\"role\":\"" + role + "\"}")));
		return JSON.readTree(created.body()).path("secret").asString();
	}

	private static String source(String slug) {
		return "{\"slug\":\"" + slug + "\",\"title\":\"Errors drill\",\"kind\":\"OTHER\",\"language\":\"en\"}";
	}

	/** A response and the status it should have had. */
	record Exchange(int expected, int status, String contentType, String body) {

		Exchange(int expected, HttpResponse<String> response) {
			this(expected, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}

		Exchange(int expected, Raw raw) {
			this(expected, raw.status(), raw.contentType(), raw.body());
		}

		/** A response read off a socket. */
		record Raw(int status, String contentType, String body) {

			static Raw parse(String response) {
				int headerEnd = response.indexOf("\r\n\r\n");
				String head = (headerEnd >= 0) ? response.substring(0, headerEnd) : response;
				String body = (headerEnd >= 0) ? response.substring(headerEnd + 4) : "";
				String[] lines = head.split("\r\n");
				int status = Integer.parseInt(lines[0].split(" ")[1]);
				String contentType = "";
				for (String line : lines) {
					if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:")) {
						contentType = line.substring("content-type:".length()).trim();
					}
				}
				return new Raw(status, contentType, body);
			}

		}

	}

}
