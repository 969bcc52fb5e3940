package org.kzcz.relations.common.guards;

import org.kzcz.relations.common.problems.RejectedValueException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.stereotype.Component;

/**
 * Refuses JSON text values PostgreSQL cannot store as sent ({@link UnstorableText}: NUL,
 * lone surrogates), so a request body carrying one gets a 400 naming the field instead of
 * a database error or a '?' stored in place of what was sent.
 */
@Component
class UnstorableTextJacksonModule extends SimpleModule {

	UnstorableTextJacksonModule() {
		super("unstorable-text");
		addDeserializer(String.class, new CheckedStringDeserializer());
	}

	static final class CheckedStringDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			String value = super.deserialize(parser, context);
			String problem = UnstorableText.problem(value);
			if (problem != null) {
				throw new RejectedValueException(parser, String.class, problem);
			}
			return value;
		}

	}

}
