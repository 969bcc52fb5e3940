package org.kzcz.relations.config;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Contact;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.ServerBaseUrlCustomizer;
import org.springdoc.core.models.GroupedOpenApi;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springdoc.core.properties.SwaggerUiOAuthProperties;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springdoc.webmvc.ui.SwaggerIndexTransformer;
import org.springdoc.webmvc.ui.SwaggerWelcomeCommon;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The OpenAPI document: title, the API-key scheme behind Swagger UI's "Authorize" button,
 * and the problem responses every operation can give, so a newcomer sees them without
 * reading code.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Kazakhstan relations API", version = "v1",
		contact = @Contact(name = "Kazakhstan relations data team"), description = """
				Meetings, agreements, officials, projects and trade figures of Kazakhstan with the Czech Republic and \
				the European Union, each fact with its sources. Reads are public; writes need an API key (X-API-Key). \
				Errors are application/problem+json (RFC 9457). Every response carries an X-Request-Id header: the \
				request's own X-Request-Id when it is at most 64 characters of letters, digits, '.', '_' and '-', \
				otherwise a new one; problem bodies repeat it as requestId, and the server's logs name it. \
				For a chart and a table of any trade series, a search over everything, a pair's timeline and \
				today's officials in the browser, open the [explorer](/)."""))
@SecurityScheme(name = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
		paramName = "X-API-Key", description = "Curator or admin API key")
class OpenApiConfiguration {

	/**
	 * The server the document names is the configured public base URL, never one built
	 * from the request: springdoc would take it from Host or X-Forwarded-Host, so a
	 * hostile header could point Swagger UI's "Try it out" (and the API key typed into
	 * it) at another host.
	 */
	@Bean
	ServerBaseUrlCustomizer publicServerUrl(@Value("${app.public-base-url}") String publicBaseUrl) {
		String url = PublicBaseUrl.check(publicBaseUrl);
		return (generated, request) -> url;
	}

	/**
	 * Runs after every other customizer, so that operations they add get the same
	 * responses.
	 */
	/**
	 * The sections in the order an analyst reads them: trade first, the other public
	 * reads next, the curators' and admins' writes last.
	 */
	static final List<String> TAG_ORDER = List.of("Trade", "Trade figures", "Timeline", "Search", "Countries",
			"Meetings", "Agreements", "Officials", "Organizations", "Projects", "Claims", "Sources", "History",
			"Admin: API keys");

	/** Swagger UI's start script, with the plugin that shows SVG answers as charts. */
	@Bean
	SwaggerIndexTransformer indexPageTransformer(SwaggerUiConfigProperties config, SwaggerUiOAuthProperties oauth,
			SwaggerWelcomeCommon welcome, ObjectMapperProvider objectMapper) {
		return new SwaggerUiSvgCharts(config, oauth, welcome, objectMapper);
	}

	/**
	 * Swagger UI's first document: every public read, without an API key. The full
	 * document stays at {@code /v3/api-docs}.
	 */
	@Bean
	GroupedOpenApi publicReadApi() {
		return GroupedOpenApi.builder()
			.group("read")
			.displayName("Public read API")
			.pathsToMatch("/api/**")
			.addOpenApiMethodFilter(OpenApiConfiguration::isPublicRead)
			.build();
	}

	/** Swagger UI's second document: what needs a curator's or an admin's key. */
	@Bean
	GroupedOpenApi curationApi() {
		return GroupedOpenApi.builder()
			.group("curation")
			.displayName("Curation and admin (API key)")
			.pathsToMatch("/api/**")
			.addOpenApiMethodFilter((method) -> !isPublicRead(method))
			.build();
	}

	private static boolean isPublicRead(Method method) {
		RequestMapping type = AnnotatedElementUtils.findMergedAnnotation(method.getDeclaringClass(),
				RequestMapping.class);
		boolean admin = type != null
				&& List.of(type.path()).stream().anyMatch((path) -> path.startsWith("/api/v1/admin"));
		return !admin && AnnotatedElementUtils.hasAnnotation(method, GetMapping.class);
	}

	/** Sections in {@link #TAG_ORDER}, each listed only where it has operations. */
	@Bean
	GlobalOpenApiCustomizer orderTags() {
		return (openApi) -> {
			Set<String> used = new HashSet<>();
			openApi.getPaths()
				.values()
				.forEach((path) -> path.readOperations()
					.forEach((operation) -> used
						.addAll((operation.getTags() != null) ? operation.getTags() : List.of())));
			List<Tag> tags = new ArrayList<>((openApi.getTags() != null) ? openApi.getTags() : List.of());
			tags.removeIf((tag) -> !used.contains(tag.getName()));
			tags.sort(Comparator.comparingInt((Tag tag) -> {
				int index = TAG_ORDER.indexOf(tag.getName());
				return (index >= 0) ? index : TAG_ORDER.size();
			}).thenComparing(Tag::getName));
			openApi.setTags(tags);
		};
	}

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	GlobalOpenApiCustomizer documentProblemResponses() {
		return (openApi) -> {
			Schema<?> problem = new Schema<>().$ref("#/components/schemas/ProblemDetail");
			openApi.getComponents().addSchemas("ProblemDetail", problemSchema());
			openApi.getPaths().forEach((template, path) -> path.readOperationsMap().forEach((method, operation) -> {
				ApiResponses responses = operation.getResponses();
				documentWriteStatuses(method, responses);
				add(responses, "400", "Invalid parameter or body (the errors list names each field)", problem);
				add(responses, "401",
						(method != PathItem.HttpMethod.GET || template.startsWith("/api/v1/admin/"))
								? "No API key, or an unknown or revoked one"
								: "An unknown or revoked API key: refused on every request that sends one",
						problem);
				add(responses, "404", "No such resource", problem);
				add(responses, "406", "Unsupported or malformed Accept header", problem);
				add(responses, "414", "Path and query over 8 KiB", problem);
				add(responses, "431", "A header line over 8 KiB, or all headers over 16 KiB", problem);
				add(responses, "429", "Rate limit reached; see Retry-After", problem);
				add(responses, "503", "Database unavailable; see Retry-After", problem);
				if (method == PathItem.HttpMethod.GET && template.startsWith("/api/")) {
					if (!responses.containsKey("304")) {
						responses.addApiResponse("304",
								new ApiResponse().description("Not modified: the If-None-Match ETag is still current"));
					}
				}
				if (template.startsWith("/api/v1/admin/")) {
					add(responses, "403", "Only an admin key may use this", problem);
				}
				if (method != PathItem.HttpMethod.GET) {
					addWriteResponses(responses, operation, problem);
				}
			}));
			documentNullableProperties(openApi);
		};
	}

	/**
	 * Creates answer 201 and deletes 204 (the curation conventions); springdoc cannot see
	 * that in a ResponseEntity and documents 200.
	 */
	private static void documentWriteStatuses(PathItem.HttpMethod method, ApiResponses responses) {
		if (method == PathItem.HttpMethod.POST && responses.containsKey("200") && !responses.containsKey("201")) {
			ApiResponse ok = responses.remove("200");
			responses.addApiResponse("201", ok.description("Created; Location names the new resource"));
		}
		if (method == PathItem.HttpMethod.DELETE && responses.containsKey("200") && !responses.containsKey("204")) {
			responses.remove("200");
			responses.addApiResponse("204", new ApiResponse().description("Deleted"));
		}
	}

	/**
	 * Jackson writes an absent value as {@code null}, so every member a schema does not
	 * list as required may be null; OpenAPI 3.0 says so with {@code nullable}. A
	 * {@code $ref} ignores keywords beside it, so a schema referenced by such a member is
	 * itself marked nullable.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void documentNullableProperties(OpenAPI openApi) {
		Map<String, Schema> schemas = openApi.getComponents().getSchemas();
		if (schemas == null) {
			return;
		}
		String prefix = "#/components/schemas/";
		for (Schema<?> schema : schemas.values()) {
			Map<String, Schema> properties = schema.getProperties();
			if (properties == null) {
				continue;
			}
			List<String> required = (schema.getRequired() != null) ? schema.getRequired() : List.of();
			properties.forEach((name, property) -> {
				if (required.contains(name)) {
					return;
				}
				if (property.getAdditionalProperties() instanceof Schema<?> values && values.get$ref() == null
						&& "object".equals(values.getType()) && values.getProperties() == null) {
					// A Map<String, Object> holds any JSON values, not only objects.
					property.setAdditionalProperties(true);
				}
				String ref = property.get$ref();
				if (ref == null) {
					property.setNullable(true);
				}
				else if (ref.startsWith(prefix) && schemas.containsKey(ref.substring(prefix.length()))) {
					schemas.get(ref.substring(prefix.length())).setNullable(true);
				}
			});
		}
	}

	private static void addWriteResponses(ApiResponses responses, Operation operation, Schema<?> problem) {
		add(responses, "401", "No API key, or an unknown or revoked one", problem);
		add(responses, "403", "The key's role may not do this", problem);
		add(responses, "409", "Duplicate natural key", problem);
		add(responses, "412", "The resource changed since the If-Match version (a weak W/ tag never matches)", problem);
		add(responses, "413", "Request body too large", problem);
		add(responses, "415", "Send application/json", problem);
		add(responses, "422", "A cross-field rule is broken", problem);
		add(responses, "428", "If-Match missing, or * instead of the ETag of a read", problem);
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
			.required(List.of("type", "title", "status"))
			.addProperty("type", new Schema<>().type("string").example("/problems/invalid-parameter"))
			.addProperty("title", new Schema<>().type("string").example("Invalid parameter"))
			.addProperty("status", new Schema<>().type("integer").example(400))
			.addProperty("detail", new Schema<>().type("string").example("Parameter 'size' must be between 1 and 200"))
			.addProperty("instance", new Schema<>().type("string").example("/api/v1/meetings"))
			.addProperty("requestId",
					new Schema<>().type("string")
						.description("The X-Request-Id of the answer, to quote when reporting a problem")
						.example("3f2b8c1e-5d4a-4f7e-9a61-0c2d9e8b7a10"))
			.addProperty("errors",
					new Schema<>().type("array")
						.items(new Schema<>().type("object")
							.addProperty("name", new Schema<>().type("string"))
							.addProperty("message", new Schema<>().type("string"))))
			.addProperty("errorCount", new Schema<>().type("integer")
				.description("How many errors there were, when errors lists only the first 100"));
	}

}
