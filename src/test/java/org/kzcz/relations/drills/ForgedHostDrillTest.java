package org.kzcz.relations.drills;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A forged Host, X-Forwarded-Host or Forwarded header never reaches the API document or
 * Swagger UI's configuration: both name the configured public base URL.
 */
@DrillServer
class ForgedHostDrillTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String EVIL = "evil.example";

	private static final String[] FORGED = { "X-Forwarded-Host: " + EVIL, "X-Forwarded-Proto: https",
			"X-Forwarded-Port: 443", "Forwarded: host=" + EVIL + ";proto=https" };

	@LocalServerPort
	int port;

	@Test
	void theApiDocumentNamesTheConfiguredServerWhateverHostTheRequestClaims() throws Exception {
		RawHttp http = new RawHttp(this.port);
		for (String path : List.of("/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui/index.html",
				"/swagger-ui/swagger-initializer.js")) {
			RawHttp.Response response = http.get(path, EVIL, FORGED);
			assertThat(response.status()).as(path).isEqualTo(200);
			assertThat(response.head() + response.body()).as(path).doesNotContain(EVIL);
		}
		JsonNode document = JSON.readTree(http.get("/v3/api-docs", EVIL, FORGED).body());
		assertThat(document.path("servers")).hasSize(1);
		assertThat(document.path("servers").path(0).path("url").asString()).isEqualTo("http://localhost:8080");
		JsonNode config = JSON.readTree(http.get("/v3/api-docs/swagger-config", EVIL, FORGED).body());
		assertThat(config.path("oauth2RedirectUrl").asString())
			.isEqualTo("http://localhost:8080/swagger-ui/oauth2-redirect.html");
	}

}
