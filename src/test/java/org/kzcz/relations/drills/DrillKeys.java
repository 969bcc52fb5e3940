package org.kzcz.relations.drills;

import java.nio.charset.StandardCharsets;

import org.kzcz.relations.support.TestKeys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Credentials for the drills: a curator key, an admin key and a key that has been
 * revoked, made through the admin API.
 *
 * @param curator a curator's key
 * @param admin an admin's key
 * @param revoked a key revoked right after it was made
 */
record DrillKeys(String curator, String admin, String revoked) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static DrillKeys create(MockMvc mvc, String purpose) {
		String curator = create(mvc, purpose + " curator", "CURATOR").path("secret").asString();
		String admin = create(mvc, purpose + " admin", "ADMIN").path("secret").asString();
		JsonNode revoked = create(mvc, purpose + " revoked", "CURATOR");
		try {
			int status = mvc
				.perform(MockMvcRequestBuilders.delete("/api/v1/admin/api-keys/" + revoked.path("apiKey").path("id"))
					.header("X-API-Key", TestKeys.ADMIN))
				.andReturn()
				.getResponse()
				.getStatus();
			if (status != 204) {
				throw new IllegalStateException("Could not revoke the drill key: " + status);
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return new DrillKeys(curator, admin, revoked.path("secret").asString());
	}

	private static JsonNode create(MockMvc mvc, String name, String role) {
		try {
			String body = mvc
				.perform(MockMvcRequestBuilders.post("/api/v1/admin/api-keys")
					.header("X-API-Key", TestKeys.ADMIN)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}"))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			JsonNode created = JSON.readTree(body);
			if (created.path("secret").asString("").isEmpty()) {
				throw new IllegalStateException("Could not create a " + role + " key: " + body);
			}
			return created;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
