package org.kzcz.relations.history;

import java.lang.reflect.Method;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Parameter;
import org.kzcz.relations.common.problems.InvalidParameterException;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * {@code GET <detail>?asOf=}: a curated resource as it stood at a past moment, for each
 * collection of the registry ({@link AuditedResource}). Each route has a handler bound to
 * its collection, so nothing is read back from the URI; it matches only with
 * {@code asOf}, the resource's own controller answers the rest. Documented as the asOf
 * parameter of each detail operation ({@link AsOfDocumentation}).
 */
@Configuration(proxyBeanMethods = false)
class AsOfRoutes {

	AsOfRoutes(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
			HistoryService history) {
		Method asOf = ReflectionUtils.findMethod(AsOfRoute.class, "asOf", String.class, Instant.class);
		for (AuditedResource resource : AuditedResource.values()) {
			RequestMappingInfo route = RequestMappingInfo.paths(resource.detailPath())
				.methods(RequestMethod.GET)
				.params("asOf")
				.produces(MediaType.APPLICATION_JSON_VALUE)
				.options(mappings.getBuilderConfiguration())
				.build();
			mappings.registerMapping(route, new AsOfRoute(history, resource), asOf);
		}
	}

	@ResponseBody
	static final class AsOfRoute {

		private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

		private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

		private final HistoryService history;

		private final AuditedResource resource;

		AsOfRoute(HistoryService history, AuditedResource resource) {
			this.history = history;
			this.resource = resource;
		}

		public SnapshotResponse asOf(@PathVariable String id,
				@Parameter(description = "A past moment") @RequestParam Instant asOf) {
			if (asOf.isBefore(EARLIEST) || asOf.isAfter(LATEST)) {
				throw new InvalidParameterException("asOf", "must be between " + EARLIEST + " and " + LATEST);
			}
			return this.history.asOf(this.resource, id, asOf);
		}

	}

}
