package org.kzcz.relations.curation;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.kzcz.relations.common.curation.References;

/**
 * Copies a request's components into the entity's columns of the same name and the same
 * type, and into a same-named {@link Reference} column the ids its slugs resolved to, so
 * an entity states only what differs from its request. A component with no such column (a
 * child list) is left alone; the pairs are found once per entity and request type.
 */
final class SameNamedColumns {

	private static final Map<List<Class<?>>, List<Copy>> COPIES = new ConcurrentHashMap<>();

	private SameNamedColumns() {
	}

	/**
	 * Copies the request into the entity, {@code refs} resolving its references (null
	 * when the entity has none).
	 */
	static void copy(Record request, VersionedEntity entity, References.Check refs) {
		List<Class<?>> key = List.of(request.getClass(), entity.getClass());
		for (Copy copy : COPIES.computeIfAbsent(key, (k) -> pairs(request.getClass(), entity.getClass()))) {
			copy.apply(request, entity, refs);
		}
	}

	private static List<Copy> pairs(Class<?> requestType, Class<?> entityType) {
		List<Copy> copies = new ArrayList<>();
		for (RecordComponent component : requestType.getRecordComponents()) {
			Field column = column(entityType, component);
			if (column != null) {
				component.getAccessor().setAccessible(true);
				column.setAccessible(true);
				copies.add(new Copy(component, column, column.getAnnotation(Reference.class)));
			}
		}
		return List.copyOf(copies);
	}

	/**
	 * The entity's own field (up to, not including, the version columns) that matches.
	 */
	private static Field column(Class<?> entityType, RecordComponent component) {
		for (Class<?> type = entityType; type != VersionedEntity.class; type = type.getSuperclass()) {
			for (Field field : type.getDeclaredFields()) {
				if (field.getName().equals(component.getName()) && (field.isAnnotationPresent(Reference.class)
						|| field.getGenericType().equals(component.getGenericType()))) {
					return field;
				}
			}
		}
		return null;
	}

	private record Copy(RecordComponent component, Field column, Reference reference) {

		void apply(Record request, VersionedEntity entity, References.Check refs) {
			try {
				Object value = this.component.getAccessor().invoke(request);
				this.column.set(entity, (this.reference != null) ? resolved(value, refs) : value);
			}
			catch (IllegalAccessException | InvocationTargetException ex) {
				throw new IllegalStateException("Cannot copy " + this.component + " into " + this.column, ex);
			}
		}

		private Object resolved(Object slugs, References.Check refs) {
			return switch (slugs) {
				case null -> null;
				case String slug -> refs.id(this.reference.value(), slug);
				case Collection<?> list ->
					new ArrayList<>(refs.ids(this.reference.value(), list.stream().map(String.class::cast).toList()));
				default -> throw new IllegalStateException(this.component + " names no " + this.reference.value());
			};
		}

	}

}
