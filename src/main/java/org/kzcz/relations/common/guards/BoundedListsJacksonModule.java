package org.kzcz.relations.common.guards;

import java.lang.reflect.Array;
import java.util.Collection;

import org.kzcz.relations.common.problems.RejectedValueException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.ArrayType;
import tools.jackson.databind.type.CollectionType;

import org.springframework.stereotype.Component;

/**
 * Bounds every list of a request body, whatever the record, to {@value #MAX_ITEMS} items:
 * a longer one is refused with a 400 naming it as soon as it is read, before any item is
 * validated or looked up. 12,000 empty participants (36 KB) used to take seconds and
 * answer 24,000 errors.
 */
@Component
class BoundedListsJacksonModule extends SimpleModule {

	static final int MAX_ITEMS = 500;

	BoundedListsJacksonModule() {
		super("bounded-lists");
		setDeserializerModifier(new ValueDeserializerModifier() {

			@Override
			public ValueDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
					BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
				return bounded(type.getContentType(), deserializer);
			}

			@Override
			public ValueDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType type,
					BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
				return bounded(type.getContentType(), deserializer);
			}

		});
	}

	/**
	 * Request records have typed lists. Lists of anything are what untyped reads build
	 * (the audit history's stored states, read into maps): not request bodies, and a
	 * wrapped deserializer there would replace Jackson's own fast path.
	 */
	private static ValueDeserializer<?> bounded(JavaType contentType, ValueDeserializer<?> deserializer) {
		return contentType.hasRawClass(Object.class) ? deserializer
				: new CheckedDeserializer(deserializer, BoundedListsJacksonModule::checked);
	}

	private static Object checked(JsonParser parser, Object value) {
		int size = (value instanceof Collection<?> collection) ? collection.size()
				: (value != null && value.getClass().isArray()) ? Array.getLength(value) : 0;
		if (size > MAX_ITEMS) {
			throw new RejectedValueException(parser, value.getClass(),
					"must have at most " + MAX_ITEMS + " items (has " + size + ")");
		}
		return value;
	}

}
