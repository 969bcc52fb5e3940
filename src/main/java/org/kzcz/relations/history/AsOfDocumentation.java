package org.kzcz.relations.history;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * Documents {@code asOf} on the detail operations it applies to: with it, the answer is
 * the resource's stored record at that moment (a Snapshot) instead of today's detail.
 * Also documents what such a stored record holds ({@link StateSchemas}).
 */
@Component
class AsOfDocumentation implements GlobalOpenApiCustomizer {

	private static final Set<String> DETAILS = Arrays.stream(AuditedResource.values())
		.map(AuditedResource::detailPath)
		.collect(Collectors.toUnmodifiableSet());

	@Override
	public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
		if (openApi.getPaths() == null) {
			return;
		}
		io.swagger.v3.core.converter.ModelConverters.getInstance()
			.readAll(SnapshotResponse.class)
			.forEach((name, schema) -> openApi.getComponents().addSchemas(name, schema));
		StateSchemas.register(openApi);
		for (Map.Entry<String, PathItem> path : openApi.getPaths().entrySet()) {
			Operation get = path.getValue().getGet();
			if (!DETAILS.contains(path.getKey()) || get == null) {
				continue;
			}
			get.addParametersItem(new QueryParameter().name("asOf")
				.description(
						"A past moment (ISO-8601 instant, years 1 to 9999). With it, the answer is the resource's stored record "
								+ "as it stood then (schema Snapshot), from the change history; 404 if it did not exist then.")
				.example("2026-01-01T00:00:00Z")
				.schema(new Schema<>().type("string").format("date-time")));
			var ok = get.getResponses().get("200");
			if (ok != null && ok.getContent() != null) {
				MediaType json = ok.getContent().get("application/json");
				if (json != null && json.getSchema() != null) {
					Schema<?> either = new Schema<>().oneOf(
							java.util.List.of(json.getSchema(), new Schema<>().$ref("#/components/schemas/Snapshot")));
					ok.setContent(new Content().addMediaType("application/json", new MediaType().schema(either)));
				}
			}
		}
	}

}
