package org.kzcz.relations.common.guards;

import java.math.BigDecimal;
import java.util.Map;

import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * Writes the bounds every request body is held to into the OpenAPI document, where
 * clients and the fuzzing drill read them: at most
 * {@value BoundedListsJacksonModule#MAX_ITEMS} items in any list, and decimals within
 * {@link BoundedNumbersJacksonModule}'s digits. Request schemas are those named
 * {@code *Request}.
 */
@Component
class RequestBodyLimitsDocumentation implements GlobalOpenApiCustomizer {

	/** The first number with too many digits before the point: the bound, exclusive. */
	private static final BigDecimal TOO_LARGE = BigDecimal.TEN.pow(BoundedNumbersJacksonModule.INTEGER_DIGITS);

	@Override
	@SuppressWarnings("rawtypes")
	public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
		Map<String, Schema> schemas = (openApi.getComponents() != null) ? openApi.getComponents().getSchemas() : null;
		if (schemas == null) {
			return;
		}
		schemas.forEach((name, schema) -> {
			if (name.endsWith("Request")) {
				bound(schema);
			}
		});
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void bound(Schema<?> schema) {
		if (schema == null) {
			return;
		}
		if ("array".equals(schema.getType())) {
			Integer max = schema.getMaxItems();
			if (max == null || max > BoundedListsJacksonModule.MAX_ITEMS) {
				schema.setMaxItems(BoundedListsJacksonModule.MAX_ITEMS);
			}
			bound(schema.getItems());
		}
		if ("number".equals(schema.getType())) {
			Schema number = schema;
			if (number.getMaximum() == null) {
				number.setMaximum(TOO_LARGE);
				number.setExclusiveMaximum(true);
			}
			if (number.getMinimum() == null) {
				number.setMinimum(TOO_LARGE.negate());
				number.setExclusiveMinimum(true);
			}
			schema.setDescription(((schema.getDescription() != null) ? schema.getDescription() + ". " : "") + "At most "
					+ BoundedNumbersJacksonModule.FRACTION_DIGITS + " decimals");
		}
		if (schema.getProperties() != null) {
			schema.getProperties().values().forEach(RequestBodyLimitsDocumentation::bound);
		}
	}

}
