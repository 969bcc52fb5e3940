package org.kzcz.relations.common.guards;

import java.math.BigDecimal;

import org.kzcz.relations.common.problems.RejectedValueException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.NumberDeserializers.BigDecimalDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.stereotype.Component;

/**
 * Bounds every decimal number of a request body, whatever the record, before it can reach
 * the database: at most {@value #INTEGER_DIGITS} digits before the decimal point and
 * {@value #FRACTION_DIGITS} after it (a trade value in units, a percentage, a project
 * target all fit; the {@code numeric} columns themselves take any size). Without it
 * {@code 1e400} was stored as a 401-digit number, {@code 1e999999} as 0, and
 * {@code 1e-999999} failed in PostgreSQL. JSON numbers are read as {@link BigDecimal}
 * even into a tree ({@code use-big-decimal-for-floats}), so a merge patch cannot turn
 * them into an infinite or zero double first.
 */
@Component
class BoundedNumbersJacksonModule extends SimpleModule {

	static final int INTEGER_DIGITS = 15;

	static final int FRACTION_DIGITS = 6;

	static final String MESSAGE = "must have at most " + INTEGER_DIGITS + " digits before the decimal point and "
			+ FRACTION_DIGITS + " after it";

	BoundedNumbersJacksonModule() {
		super("bounded-numbers");
		addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer());
	}

	static boolean fits(BigDecimal value) {
		// precision and scale are ints; their difference is not, for 1e-2147483647
		long integerDigits = (long) value.precision() - value.scale();
		return integerDigits <= INTEGER_DIGITS && value.scale() <= FRACTION_DIGITS;
	}

	static final class BoundedDecimalDeserializer extends BigDecimalDeserializer {

		@Override
		public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			BigDecimal value = super.deserialize(parser, context);
			if (value != null && !fits(value)) {
				throw new RejectedValueException(parser, BigDecimal.class, MESSAGE);
			}
			return value;
		}

	}

}
