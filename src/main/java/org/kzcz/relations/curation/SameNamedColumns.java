package org.kzcz.relations.curation;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Copies a request's components into the entity's columns of the same name and the same
 * type, so an entity states only what differs from its request (references resolved to
 * ids, defaults). A component with no such column (a child list, a slug to resolve) is
 * left alone; the pairs are found once per entity and request type.
 */
final class SameNamedColumns {

	private static final Map<List<Class<?>>, List<Copy>> COPIES = new ConcurrentHashMap<>();

	private SameNamedColumns() {
	}

	static void copy(Record request, VersionedEntity entity) {
		List<Class<?>> key = List.of(request.getClass(), entity.getClass());
		for (Copy copy : COPIES.computeIfAbsent(key, (k) -> pairs(request.getClass(), entity.getClass()))) {
			copy.apply(request, entity);
		}
	}

	private static List<Copy> pairs(Class<?> requestType, Class<?> entityType) {
		List<Copy> copies = new ArrayList<>();
		for (RecordComponent component : requestType.getRecordComponents()) {
			Field column = column(entityType, component);
			if (column != null) {
				component.getAccessor().setAccessible(true);
				column.setAccessible(true);
				copies.add(new Copy(component, column));
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
				if (field.getName().equals(component.getName())
						&& field.getGenericType().equals(component.getGenericType())) {
					return field;
				}
			}
		}
		return null;
	}

	private record Copy(RecordComponent component, Field column) {

		void apply(Record request, VersionedEntity entity) {
			try {
				this.column.set(entity, this.component.getAccessor().invoke(request));
			}
			catch (IllegalAccessException | InvocationTargetException ex) {
				throw new IllegalStateException("Cannot copy " + this.component + " into " + this.column, ex);
			}
		}

	}

}
