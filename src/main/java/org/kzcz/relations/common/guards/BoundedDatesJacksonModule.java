package org.kzcz.relations.common.guards;

import java.time.LocalDate;

import org.kzcz.relations.common.problems.RejectedValueException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.stereotype.Component;

/**
 * Bounds every date of a request body to the years 1 to 9999, whatever the record. ISO
 * 8601 also reads signed and longer years ({@code -0001-01-01}, {@code +10000-01-01}),
 * which PostgreSQL stores (as BC dates) but the API could then only print in a form its
 * own document calls invalid (found by the spec-driven fuzzing). It wraps whichever
 * deserializer Jackson picks for {@link LocalDate}, so the ISO reading stays Jackson's.
 */
@Component
class BoundedDatesJacksonModule extends SimpleModule {

	static final String MESSAGE = "must be a date between 0001-01-01 and 9999-12-31";

	BoundedDatesJacksonModule() {
		super("bounded-dates");
		setDeserializerModifier(new ValueDeserializerModifier() {

			@Override
			public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
					BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
				return (deserializer.handledType() == LocalDate.class)
						? new CheckedDeserializer(deserializer, BoundedDatesJacksonModule::checked) : deserializer;
			}

		});
	}

	static boolean fits(LocalDate date) {
		return date.getYear() >= 1 && date.getYear() <= 9999;
	}

	private static Object checked(JsonParser parser, Object value) {
		if (value instanceof LocalDate date && !fits(date)) {
			throw new RejectedValueException(parser, LocalDate.class, MESSAGE);
		}
		return value;
	}

}
