package org.kzcz.relations.curation;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.ReflectionUtils;

/**
 * The child rows of a curated resource (participants, parties, citations, …), written in
 * one statement per table however many rows there are: every column travels as one array
 * and {@code unnest} turns the arrays back into rows, in list order.
 * <p>
 * This is SQL and not a JPA mapping on purpose: an element collection costs one delete
 * per table on every update (and IDENTITY child entities one insert per row), where
 * {@link #deleteAll} clears every child table of a resource in one statement. The counted
 * tests pin those numbers.
 *
 * @param <T> one row as the request gives it
 */
public final class ChildRows<T> {

	private final String table;

	private final List<T> rows;

	private final List<String> columns = new ArrayList<>();

	private final List<String> selected = new ArrayList<>();

	private final List<Object> arrays = new ArrayList<>();

	private final List<String> types = new ArrayList<>();

	private Long owner;

	private boolean ids;

	private ChildRows(String table, List<T> rows) {
		this.table = table;
		this.rows = rows;
	}

	/** The rows to insert into the table, one per element, in order. */
	public static <T> ChildRows<T> of(String table, List<T> rows) {
		return new ChildRows<>(table, rows);
	}

	/**
	 * Deletes the rows of every listed table whose {@code ownerColumn} is the owner's id,
	 * in one statement.
	 */
	public static void deleteAll(JdbcClient jdbc, String ownerColumn, long owner, String... tables) {
		StringBuilder sql = new StringBuilder();
		for (int i = 0; i < tables.length - 1; i++) {
			sql.append((i == 0) ? "with " : ", ").append("d").append(i).append(" as (delete from ").append(tables[i]);
			sql.append(" where ").append(ownerColumn).append(" = :owner)\n");
		}
		sql.append("delete from ").append(tables[tables.length - 1]).append(" where ").append(ownerColumn);
		jdbc.sql(sql.append(" = :owner").toString()).param("owner", owner).update();
	}

	/** Every row belongs to the same resource, named in the column. */
	public ChildRows<T> owner(String column, long id) {
		this.owner = id;
		this.columns.add(column);
		this.selected.add(":owner");
		return this;
	}

	/**
	 * A column of the SQL type (bigint, text, date, numeric…), its value taken from each
	 * row (an enum by its name).
	 */
	public ChildRows<T> column(String column, String type, Function<? super T, ?> value) {
		this.columns.add(column);
		this.selected.add("c" + this.arrays.size());
		this.types.add(type);
		this.arrays.add(this.rows.stream().map(value).map(ChildRows::text).toArray(String[]::new));
		return this;
	}

	/**
	 * A column for every plain component of the row record (every one but its lists),
	 * named as the component in snake case unless {@code renamed} names it otherwise, of
	 * the SQL type its Java type maps to.
	 */
	public ChildRows<T> components(Class<T> record, Map<String, String> renamed) {
		for (RecordComponent component : record.getRecordComponents()) {
			if (!List.class.isAssignableFrom(component.getType())) {
				Method accessor = component.getAccessor();
				accessor.setAccessible(true);
				String name = renamed.getOrDefault(component.getName(),
						component.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT));
				column(name, sqlType(component.getType()), (row) -> ReflectionUtils.invokeMethod(accessor, row));
			}
		}
		return this;
	}

	private static String sqlType(Class<?> type) {
		if (type == LocalDate.class) {
			return "date";
		}
		if (type == BigDecimal.class) {
			return "numeric";
		}
		return (type == Long.class || type == long.class) ? "bigint" : "text";
	}

	/** The row's place in the list, from 0. */
	public ChildRows<T> position(String column) {
		this.columns.add(column);
		this.selected.add("n - 1");
		return this;
	}

	/** Inserts the rows in list order (nothing when there are none). */
	public void insert(JdbcClient jdbc) {
		if (this.rows.isEmpty()) {
			return;
		}
		StringBuilder arguments = new StringBuilder();
		List<String> names = new ArrayList<>();
		for (int i = 0; i < this.arrays.size(); i++) {
			arguments.append((i == 0) ? "" : ", ").append("cast(:c").append(i).append(" as ");
			arguments.append(this.types.get(i)).append("[])");
			names.add("c" + i);
		}
		names.add("n");
		String sql = "insert into %s (%s) %s select %s from unnest(%s) with ordinality as r (%s) order by n".formatted(
				this.table, String.join(", ", this.columns), this.ids ? "overriding system value" : "",
				String.join(", ", this.selected), arguments, String.join(", ", names));
		JdbcClient.StatementSpec statement = jdbc.sql(sql);
		if (this.owner != null) {
			statement = statement.param("owner", this.owner);
		}
		for (int i = 0; i < this.arrays.size(); i++) {
			statement = statement.param("c" + i, this.arrays.get(i));
		}
		statement.update();
	}

	/**
	 * Inserts the rows and the sources each cites (a table of ({@code citingColumn},
	 * source_id)) in three statements: the rows' ids are drawn first from the table's
	 * identity sequence, so that the citations can name them.
	 */
	public void insertCiting(JdbcClient jdbc, String citations, String citingColumn,
			Function<? super T, List<Long>> sources) {
		List<Long> ids = insertWithNewIds(jdbc);
		citations(citations, citingColumn, ids, this.rows.stream().map(sources).toList()).insert(jdbc);
	}

	/**
	 * Inserts the rows with ids drawn first from the table's identity sequence (one more
	 * statement), so that their own child rows can name them: the ids, in list order.
	 */
	private List<Long> insertWithNewIds(JdbcClient jdbc) {
		if (this.rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = jdbc
			.sql("select nextval(pg_get_serial_sequence(:table, 'id')) from generate_series(1, :count)")
			.param("table", this.table)
			.param("count", this.rows.size())
			.query(Long.class)
			.list();
		this.ids = true;
		this.columns.add("id");
		this.selected.add("c" + this.arrays.size());
		this.types.add("bigint");
		this.arrays.add(ids.stream().map(String::valueOf).toArray(String[]::new));
		insert(jdbc);
		return ids;
	}

	/**
	 * Links from one resource to others by id (its sources, its projects): rows of
	 * ({@code ownerColumn}, {@code column}).
	 */
	public static ChildRows<Long> links(String table, String ownerColumn, long owner, String column, List<Long> ids) {
		return of(table, ids).owner(ownerColumn, owner).column(column, "bigint", Function.identity());
	}

	/**
	 * The citations of rows that each cite a list of sources: {@code rowIds[i]} cites
	 * {@code sourceIds[i]}, as (row, source) pairs for a table of citations.
	 */
	public static ChildRows<long[]> citations(String table, String rowColumn, List<Long> rowIds,
			List<List<Long>> sourceIds) {
		List<long[]> pairs = new ArrayList<>();
		for (int i = 0; i < rowIds.size(); i++) {
			for (Long source : sourceIds.get(i)) {
				pairs.add(new long[] { rowIds.get(i), source });
			}
		}
		return of(table, pairs).column(rowColumn, "bigint", (pair) -> pair[0])
			.column("source_id", "bigint", (pair) -> pair[1]);
	}

	private static String text(Object value) {
		return switch (value) {
			case null -> null;
			case Enum<?> constant -> constant.name();
			case BigDecimal number -> number.toPlainString();
			default -> value.toString();
		};
	}

}
