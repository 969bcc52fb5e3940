package org.kzcz.relations.history;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.DateTimeSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Documents {@code ?asOf=} on the detail reads of every audited collection. The snapshot
 * handler shares its path and method with each detail read, and an OpenAPI path has one
 * GET, so the handler is hidden from springdoc and this adds the optional parameter, and
 * the snapshot as a second shape of the answer, to the detail operation (or, where the
 * collection has no detail read, an operation of its own with asOf required).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class HistoryApiDocumentation implements OpenApiCustomizer {

	private static final String SNAPSHOT = "Snapshot";

	private static final String AS_OF = "A past moment (ISO-8601 instant, years 1 to 9999): answers the stored "
			+ "record as it stood then (a Snapshot) instead of the current detail";

	@Override
	public void customise(OpenAPI openApi) {
		ResolvedSchema snapshot = ModelConverters.getInstance()
			.resolveAsResolvedSchema(new AnnotatedType(SnapshotResponse.class));
		openApi.getComponents().addSchemas(SNAPSHOT, snapshot.schema);
		if (snapshot.referencedSchemas != null) {
			snapshot.referencedSchemas.forEach((name, schema) -> {
				if (!name.equals(SNAPSHOT)) {
					openApi.getComponents().addSchemas(name, schema);
				}
			});
		}
		Schema<?> snapshotRef = new Schema<>().$ref("#/components/schemas/" + SNAPSHOT);
		for (AuditedResource resource : AuditedResource.values()) {
			String template = "/api/v1/" + resource.collection() + "/{id}";
			PathItem path = openApi.getPaths().get(template);
			Operation detail = (path != null) ? path.getGet() : null;
			if (detail == null) {
				openApi.getPaths().addPathItem(template, snapshotOnly(resource, path, snapshotRef));
			}
			else {
				addAsOf(detail, snapshotRef);
			}
		}
	}

	private static void addAsOf(Operation detail, Schema<?> snapshotRef) {
		boolean documented = detail.getParameters() != null
				&& detail.getParameters().stream().anyMatch((p) -> "asOf".equals(p.getName()));
		if (documented) {
			return;
		}
		detail.addParametersItem(asOf(false));
		ApiResponse ok = (detail.getResponses() != null) ? detail.getResponses().get("200") : null;
		if (ok == null || ok.getContent() == null) {
			return;
		}
		ok.getContent().forEach((mediaType, content) -> {
			if (content.getSchema() != null) {
				List<Schema> shapes = new ArrayList<>(List.of(content.getSchema(), snapshotRef));
				content.setSchema(new Schema<>().anyOf(shapes));
			}
		});
		ok.setDescription(ok.getDescription() + "; with asOf, the Snapshot of that moment");
	}

	private static PathItem snapshotOnly(AuditedResource resource, PathItem existing, Schema<?> snapshotRef) {
		PathItem path = (existing != null) ? existing : new PathItem();
		Operation operation = new Operation().addTagsItem("History")
			.summary("A " + resource.collection() + " record as it stood at a past moment")
			.operationId("snapshot_" + resource.collection().replace('-', '_'))
			.addParametersItem(new Parameter().name("id")
				.in("path")
				.required(true)
				.description(resource.slugged() ? "The resource's id (slug)" : "The resource's numeric id")
				.schema(new StringSchema())
				.example(resource.slugged() ? "example-slug" : "1"))
			.addParametersItem(asOf(true))
			.responses(new ApiResponses().addApiResponse("200",
					new ApiResponse().description("The Snapshot of that moment")
						.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
								new MediaType().schema(snapshotRef)))));
		return path.get(operation);
	}

	private static Parameter asOf(boolean required) {
		return new Parameter().name("asOf")
			.in("query")
			.required(required)
			.description(AS_OF)
			.schema(new DateTimeSchema())
			.example("2026-01-01T00:00:00Z");
	}

}
