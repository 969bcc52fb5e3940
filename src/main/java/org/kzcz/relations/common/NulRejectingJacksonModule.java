package org.kzcz.relations.common;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.stereotype.Component;

/**
 * Refuses the NUL character in JSON text values, so a request body carrying one gets a
 * 400 naming the field instead of failing in PostgreSQL, which cannot store it.
 */
@Component
class NulRejectingJacksonModule extends SimpleModule {

	NulRejectingJacksonModule() {
		super("nul-rejecting-strings");
		addDeserializer(String.class, new NulRejectingStringDeserializer());
	}

	static final class NulRejectingStringDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			String value = super.deserialize(parser, context);
			if (value != null && value.indexOf('\0') >= 0) {
				return (String) context.handleWeirdStringValue(String.class, value, TextInputAdvice.NUL_MESSAGE);
			}
			return value;
		}

	}

}
