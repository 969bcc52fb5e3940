package org.kzcz.relations.drills;

import java.nio.charset.StandardCharsets;

import org.kzcz.relations.support.TestKeys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Credentials for the drills: a curator key, an admin key and a key that has been
 * revoked, made through the admin API (in process or over real HTTP).
 *
 * @param curator a curator's key
 * @param admin an admin's key
 * @param revoked a key revoked right after it was made
 */
record DrillKeys(String curator, String admin, String revoked) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One call to the admin API as the bootstrap admin: status and body. */
	interface AdminApi {

		Answer call(HttpMethod method, String path, String jsonBody) throws Exception;

	}

	record Answer(int status, String body) {
	}

	static DrillKeys create(MockMvc mvc, String purpose) {
		return create((method, path, body) -> {
			var request = MockMvcRequestBuilders.request(method, path).header("X-API-Key", TestKeys.ADMIN);
			if (body != null) {
				request.contentType(MediaType.APPLICATION_JSON).content(body);
			}
			MvcResult result = mvc.perform(request).andReturn();
			return new Answer(result.getResponse().getStatus(),
					result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}, purpose);
	}

	static DrillKeys create(DrillHttp http, String purpose) {
		return create((method, path, body) -> {
			var response = http.send(http.request(path)
				.header("X-API-Key", TestKeys.ADMIN)
				.header("Content-Type", "application/json")
				.method(method.name(),
						(body != null) ? DrillHttp.json(body) : java.net.http.HttpRequest.BodyPublishers.noBody()));
			return new Answer(response.statusCode(), response.body());
		}, purpose);
	}

	private static DrillKeys create(AdminApi admin, String purpose) {
		try {
			String curator = create(admin, purpose + " curator", "CURATOR").path("secret").asString();
			String adminKey = create(admin, purpose + " admin", "ADMIN").path("secret").asString();
			JsonNode revoked = create(admin, purpose + " revoked", "CURATOR");
			Answer revocation = admin.call(HttpMethod.DELETE,
					"/api/v1/admin/api-keys/" + revoked.path("apiKey").path("id"), null);
			if (revocation.status() != 204) {
				throw new IllegalStateException("Could not revoke the drill key: " + revocation);
			}
			return new DrillKeys(curator, adminKey, revoked.path("secret").asString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode create(AdminApi admin, String name, String role) throws Exception {
		Answer answer = admin.call(HttpMethod.POST, "/api/v1/admin/api-keys",
				"{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}");
		JsonNode created = JSON.readTree(answer.body());
		if (created.path("secret").asString("").isEmpty()) {
			throw new IllegalStateException("Could not create a " + role + " key: " + answer);
		}
		return created;
	}

}
