package org.kzcz.relations.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.kzcz.relations.history.RecordShape.Field;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns stored records from the audit log ({@code audit_log.row_data}, a {@code to_jsonb}
 * of the row) into the state the API shows: see {@link RecordShape}.
 */
@Component
public class AuditStates {

	private static final TypeReference<Map<String, Object>> ROW = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectReader rows;

	AuditStates(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		// A numeric column is exact in jsonb; read through a double it would lose digits.
		this.rows = json.readerFor(ROW).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
	}

	/**
	 * The API states of stored records of one table, in order.
	 * @param table the audited table
	 * @param rowData each record as JSON text
	 * @return one state per record
	 */
	public List<Map<String, Object>> states(String table, List<String> rowData) {
		RecordShape shape = RecordShape.of(table)
			.orElseThrow(() -> new IllegalArgumentException("No record shape for table " + table));
		List<Map<String, Object>> stored = rowData.stream().map(this.rows::<Map<String, Object>>readValue).toList();
		Map<Field, Map<Long, String>> slugs = slugs(shape, stored);
		List<Map<String, Object>> states = new ArrayList<>(stored.size());
		for (Map<String, Object> row : stored) {
			Map<String, Object> state = new LinkedHashMap<>();
			for (Field field : shape.fields()) {
				Object value = row.get(field.column());
				state.put(field.name(), (value != null) ? value(field, value, slugs) : null);
			}
			states.add(state);
		}
		return states;
	}

	private static Object value(Field field, Object value, Map<Field, Map<Long, String>> slugs) {
		return switch (field.type()) {
			case TEXT -> value.toString();
			case BOOLEAN -> value;
			case INTEGER -> ((Number) value).longValue();
			case DECIMAL -> (value instanceof BigDecimal decimal) ? decimal : new BigDecimal(value.toString());
			case DATE -> LocalDate.parse(value.toString());
			case SLUG -> slugs.get(field).get(((Number) value).longValue());
		};
	}

	/**
	 * The slugs of every resource the records refer to, one query per referencing column:
	 * the live resource's, or for a deleted one the last the log knew.
	 */
	private Map<Field, Map<Long, String>> slugs(RecordShape shape, List<Map<String, Object>> stored) {
		Map<Field, Map<Long, String>> slugs = new HashMap<>();
		for (Field field : shape.fields()) {
			if (field.type() != RecordShape.Type.SLUG) {
				continue;
			}
			Set<Long> ids = stored.stream()
				.map((row) -> row.get(field.column()))
				.filter(Objects::nonNull)
				.map((id) -> ((Number) id).longValue())
				.collect(Collectors.toSet());
			slugs.put(field, ids.isEmpty() ? Map.of() : slugs(field.references(), ids));
		}
		return slugs;
	}

	private Map<Long, String> slugs(String table, Set<Long> ids) {
		Map<Long, String> slugs = new HashMap<>();
		this.jdbc.sql("""
				select i.id, coalesce(t.slug,
				  (select a.row_data ->> 'slug' from audit_log a
				   where a.table_name = :table and a.row_id = i.id order by a.id desc limit 1)) as slug
				from unnest(cast(:ids as bigint[])) as i (id)
				left join %1$s t on t.id = i.id
				""".formatted(table)).param("table", table).param("ids", ids.toArray(Long[]::new)).query((rs) -> {
			slugs.put(rs.getLong("id"), rs.getString("slug"));
		});
		return slugs;
	}

}
