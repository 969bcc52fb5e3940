package org.kzcz.relations.drills;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.TestKeys;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A detail read's ETag reaches the curator as the strong tag If-Match needs, over real
 * HTTP with compression on: Tomcat would have to weaken a strong ETag to gzip the
 * response, so it leaves such responses uncompressed (lists, with their weak data-version
 * tags, are still compressed).
 */
@DrillServer
class StrongEtagDrillTest {

	private static final String MEETING = "/api/v1/meetings/drill-strong-etag";

	@LocalServerPort
	int port;

	@Test
	void aDetailReadAskedForGzipKeepsItsStrongEtagWhichIfMatchThenAccepts() {
		DrillHttp http = new DrillHttp(this.port);
		HttpResponse<String> created = http.send(http.request("/api/v1/meetings")
			.header("X-API-Key", TestKeys.ADMIN)
			.header("Content-Type", "application/json")
			.POST(DrillHttp.json("""
					{"slug": "drill-strong-etag", "title": "Strong ETag drill", "kind": "TALKS", "status": "HELD",
					 "startDate": "2001-01-01", "datePrecision": "DAY", "summary": "%s",
					 "sources": ["dyussenbayev-interview-2025"]}""".formatted("A long summary. ".repeat(200)))));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		try {
			readAndPatch(http);
		}
		finally {
			http.deleteAsRead(MEETING, TestKeys.ADMIN);
		}
	}

	private static void readAndPatch(DrillHttp http) {
		HttpResponse<String> list = http.get("/api/v1/meetings?size=50", "Accept-Encoding", "gzip");
		assertThat(list.headers().firstValue("Content-Encoding")).as("compression is on").hasValue("gzip");

		for (String[] caller : new String[][] { {}, { "X-API-Key", TestKeys.ADMIN } }) {
			String[] headers = new String[caller.length + 2];
			headers[0] = "Accept-Encoding";
			headers[1] = "gzip";
			System.arraycopy(caller, 0, headers, 2, caller.length);
			HttpResponse<String> detail = http.get(MEETING, headers);
			assertThat(detail.statusCode()).isEqualTo(200);
			assertThat(detail.body().length()).as("large enough to be compressed").isGreaterThan(2048);
			assertThat(detail.headers().firstValue("Content-Encoding")).isEmpty();
			String etag = detail.headers().firstValue("ETag").orElse("");
			assertThat(etag).as("a strong tag").startsWith("\"v");
		}

		// a PATCH sent with the ETag of an anonymous gzip read
		String etag = http.get(MEETING, "Accept-Encoding", "gzip").headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> patched = http.send(http.request(MEETING)
			.header("X-API-Key", TestKeys.ADMIN)
			.header("Content-Type", "application/merge-patch+json")
			.header("If-Match", etag)
			.method("PATCH", DrillHttp.json("{\"city\": \"Brno\"}")));
		assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
	}

}
