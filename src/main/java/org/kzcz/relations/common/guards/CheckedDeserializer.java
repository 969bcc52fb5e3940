package org.kzcz.relations.common.guards;

import java.util.function.BiFunction;

import org.kzcz.relations.common.problems.RejectedValueException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Reads a value with whichever deserializer Jackson picked, then hands it to a check that
 * returns it or refuses it with a {@link RejectedValueException}: how the bounded-input
 * modules add a rule to a type without replacing Jackson's own reading of it.
 */
final class CheckedDeserializer extends DelegatingDeserializer {

	private final BiFunction<JsonParser, Object, Object> check;

	CheckedDeserializer(ValueDeserializer<?> delegate, BiFunction<JsonParser, Object, Object> check) {
		super(delegate);
		this.check = check;
	}

	@Override
	protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
		return new CheckedDeserializer(delegate, this.check);
	}

	@Override
	public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
		return this.check.apply(parser, super.deserialize(parser, context));
	}

	@Override
	public Object deserialize(JsonParser parser, DeserializationContext context, Object into) throws JacksonException {
		return this.check.apply(parser, super.deserialize(parser, context, into));
	}

}
