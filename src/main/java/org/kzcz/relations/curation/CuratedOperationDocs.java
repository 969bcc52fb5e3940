package org.kzcz.relations.curation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.kzcz.relations.common.curation.MergePatch;
import org.springdoc.core.customizers.GlobalOperationCustomizer;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents the routes a curated resource inherits from {@link CuratedController} in the
 * resource's own words, read from {@code openapi/<collection>.yml}: each operation's
 * summary and description, the sort field's description and example, the id's description
 * and example, what If-Match refers to, and the request shape a PATCH merges into.
 */
@Component
class CuratedOperationDocs implements GlobalOperationCustomizer {

	/** What springdoc makes of {@code example = "\"v0\""}: the JSON string v0. */
	private static final String IF_MATCH_EXAMPLE = "v0";

	private final Map<Class<?>, Docs> docs = new ConcurrentHashMap<>();

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		if (handler.getMethod().getDeclaringClass() != CuratedController.class) {
			return operation;
		}
		Docs resource = this.docs.computeIfAbsent(handler.getBeanType(), CuratedOperationDocs::load);
		Text text = resource.of(handler.getMethod().getName());
		operation.summary(text.summary()).description(text.description());
		if (operation.getParameters() != null) {
			for (Parameter parameter : operation.getParameters()) {
				if ("sort".equals(parameter.getName())) {
					parameter.description(resource.list().sort().description())
						.example(resource.list().sort().example());
				}
				else if ("id".equals(parameter.getName())) {
					parameter.description(resource.id().description()).example(resource.id().example());
				}
				else if (HttpHeaders.IF_MATCH.equals(parameter.getName())) {
					parameter.description(resource.ifMatch()).example(IF_MATCH_EXAMPLE);
				}
			}
		}
		if ("patch".equals(handler.getMethod().getName())) {
			Schema<?> shape = new Schema<>().$ref("#/components/schemas/" + requestSchema(handler.getBeanType()));
			operation.getRequestBody()
				.description("The fields to change")
				.content(new Content().addMediaType(MergePatch.MEDIA_TYPE, new MediaType().schema(shape)));
		}
		return operation;
	}

	private static Docs load(Class<?> controller) {
		RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
		String path = mapping.path()[0];
		ClassPathResource file = new ClassPathResource("openapi/" + path.substring(path.lastIndexOf('/') + 1) + ".yml");
		try {
			Binder binder = new Binder(ConfigurationPropertySources
				.from(new YamlPropertySourceLoader().load(file.getPath(), file).getFirst()));
			return binder.bind("", Docs.class).get();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String requestSchema(Class<?> controller) {
		Class<?> request = ResolvableType.forClass(controller).as(CuratedController.class).getGeneric(2).resolve();
		io.swagger.v3.oas.annotations.media.Schema schema = request
			.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
		return (schema != null && StringUtils.hasText(schema.name())) ? schema.name() : request.getSimpleName();
	}

	record Docs(Param id, String ifMatch, ListText list, Text find, Text create, Text replace, Text patch,
			Text delete) {

		Text of(String operation) {
			return switch (operation) {
				case "list" -> new Text(this.list.summary(), this.list.description());
				case "find" -> this.find;
				case "create" -> this.create;
				case "replace" -> this.replace;
				case "patch" -> this.patch;
				case "delete" -> this.delete;
				default -> throw new IllegalArgumentException(operation);
			};
		}

	}

	record Param(String description, String example) {
	}

	record Text(String summary, String description) {
	}

	record ListText(String summary, String description, Param sort) {
	}

}
