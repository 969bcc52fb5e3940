package org.kzcz.relations.config;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kzcz.relations.support.Curator;
import org.kzcz.relations.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document shows the write operations of meetings, agreements and projects
 * with what a curator needs: the request schema, the merge-patch media type, If-Match,
 * the key, and what a delete does to the resources that refer to the deleted one.
 */
@IntegrationTest
class CurationApiDocumentationTest {

	@Autowired
	MockMvcTester mvc;

	@ParameterizedTest
	@ValueSource(strings = { "meetings", "agreements", "projects" })
	void documentsEveryWriteOperation(String collection) {
		MvcTestResult result = this.mvc.get().uri("/v3/api-docs").exchange();
		assertThat(result).hasStatusOk();
		String doc = Curator.body(result);
		String request = collection.substring(0, 1).toUpperCase() + collection.substring(1, collection.length() - 1)
				+ "Request";
		Map<String, Object> list = JsonPath.read(doc, "$.paths['/api/v1/" + collection + "']");
		assertThat(list).containsKeys("get", "post");
		assertThat((String) JsonPath.read(doc,
				"$.paths['/api/v1/" + collection + "'].post.requestBody.content['application/json'].schema.$ref"))
			.endsWith("/" + request);
		Map<String, Object> item = JsonPath.read(doc, "$.paths['/api/v1/" + collection + "/{id}']");
		assertThat(item).containsKeys("get", "put", "patch", "delete");
		assertThat((String) JsonPath.read(doc,
				"$.paths['/api/v1/" + collection
						+ "/{id}'].patch.requestBody.content['application/merge-patch+json'].schema.$ref"))
			.endsWith("/" + request);
		for (String method : List.of("put", "patch", "delete")) {
			List<String> headers = JsonPath.read(doc,
					"$.paths['/api/v1/" + collection + "/{id}']." + method + ".parameters[?(@.in == 'header')].name");
			assertThat(headers).as(method).containsExactly("If-Match");
			List<Object> security = JsonPath.read(doc,
					"$.paths['/api/v1/" + collection + "/{id}']." + method + ".security");
			assertThat(security).as(method).isNotEmpty();
		}
		List<String> detailFields = JsonPath.read(doc, "$.components.schemas." + request + ".required");
		assertThat(detailFields).contains("slug", "sources");
	}

	@ParameterizedTest
	@ValueSource(strings = { "meetings:meeting reference set to null", "agreements:loses the link",
			"projects:lose the link" })
	void documentsWhatADeleteDoesToTheResourcesReferringToIt(String expectation) {
		String[] parts = expectation.split(":");
		String doc = Curator.body(this.mvc.get().uri("/v3/api-docs").exchange());
		String description = JsonPath.read(doc, "$.paths['/api/v1/" + parts[0] + "/{id}'].delete.description");
		assertThat(description).contains(parts[1]);
	}

}
