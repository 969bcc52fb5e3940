package org.kzcz.relations.config;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document: title, the API-key scheme behind Swagger UI's "Authorize" button,
 * and the problem responses every operation can give, so a newcomer sees them without
 * reading code.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Kazakhstan relations API", version = "v1", description = """
		Meetings, agreements, officials, projects and trade figures of Kazakhstan with the Czech Republic and \
		the European Union, each fact with its sources. Reads are public; writes need an API key (X-API-Key). \
		Errors are application/problem+json (RFC 9457)."""))
@SecurityScheme(name = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
		paramName = "X-API-Key", description = "Curator or admin API key")
class OpenApiConfiguration {

	@Bean
	OpenApiCustomizer documentProblemResponses() {
		return (openApi) -> {
			Schema<?> problem = new Schema<>().$ref("#/components/schemas/ProblemDetail");
			openApi.getComponents().addSchemas("ProblemDetail", problemSchema());
			openApi.getPaths().values().forEach((path) -> path.readOperationsMap().forEach((method, operation) -> {
				ApiResponses responses = operation.getResponses();
				add(responses, "400", "Invalid parameter or body (the errors list names each field)", problem);
				add(responses, "404", "No such resource", problem);
				add(responses, "406", "Unsupported Accept header", problem);
				add(responses, "429", "Rate limit reached; see Retry-After", problem);
				add(responses, "503", "Database unavailable; see Retry-After", problem);
				if (method != PathItem.HttpMethod.GET) {
					addWriteResponses(responses, operation, problem);
				}
			}));
		};
	}

	private static void addWriteResponses(ApiResponses responses, Operation operation, Schema<?> problem) {
		add(responses, "401", "No API key, or an unknown or revoked one", problem);
		add(responses, "403", "The key's role may not do this", problem);
		add(responses, "409", "Duplicate natural key", problem);
		add(responses, "412", "The resource changed since the If-Match version", problem);
		add(responses, "413", "Request body too large", problem);
		add(responses, "415", "Send application/json", problem);
		add(responses, "422", "A cross-field rule is broken", problem);
		add(responses, "428", "If-Match missing", problem);
	}

	private static void add(ApiResponses responses, String status, String description, Schema<?> problem) {
		if (!responses.containsKey(status)) {
			responses.addApiResponse(status, new ApiResponse().description(description)
				.content(new Content().addMediaType("application/problem+json", new MediaType().schema(problem))));
		}
	}

	private static Schema<?> problemSchema() {
		return new Schema<>().type("object")
			.description("RFC 9457 problem details")
			.addProperty("type", new Schema<>().type("string").example("/problems/invalid-parameter"))
			.addProperty("title", new Schema<>().type("string").example("Invalid parameter"))
			.addProperty("status", new Schema<>().type("integer").example(400))
			.addProperty("detail", new Schema<>().type("string").example("Parameter 'size' must be between 1 and 200"))
			.addProperty("instance", new Schema<>().type("string").example("/api/v1/meetings"))
			.addProperty("errors",
					new Schema<>().type("array")
						.items(new Schema<>().type("object")
							.addProperty("name", new Schema<>().type("string"))
							.addProperty("message", new Schema<>().type("string"))));
	}

}
