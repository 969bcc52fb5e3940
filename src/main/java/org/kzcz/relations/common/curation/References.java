package org.kzcz.relations.common.curation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kzcz.relations.common.problems.ApiProblemHandler;
import org.kzcz.relations.common.problems.ApiProblemHandler.FieldError;
import org.kzcz.relations.common.problems.UnprocessableException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks a write request before anything is stored: the slugs and country codes it refers
 * to (one statement per kind of reference, however many there are) and the service's
 * cross-field rules, so that the client gets every broken rule in one 422 that names each
 * field.
 */
@Component
public class References {

	private final JdbcClient jdbc;

	References(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new check for one request. */
	public Check check() {
		return new Check(this.jdbc);
	}

	/** What a request can refer to, and how the message names it. */
	public enum Kind {

		SOURCE("source", "source", "null"), PERSON("person", "official", "country_code::text"),
		ORGANIZATION("organization", "organization", "country_code::text"), MEETING("meeting", "meeting", "null"),
		AGREEMENT("agreement", "agreement", "null"), PROJECT("project", "project", "null"),
		COUNTRY("country", "country", "code::text");

		private final String table;

		private final String label;

		private final String countryColumn;

		Kind(String table, String label, String countryColumn) {
			this.table = table;
			this.label = label;
			this.countryColumn = countryColumn;
		}

		private String sql() {
			return (this == COUNTRY)
					? "select code::text as key, null::bigint as id, code::text as country "
							+ "from country where code in (:keys)"
					: "select slug as key, id, %s as country from %s where slug in (:keys)"
						.formatted(this.countryColumn, this.table);
		}

	}

	/**
	 * The references and rule violations of one request. Register them,
	 * {@link #resolve()} the references, add the rules that need them, then
	 * {@link #throwIfInvalid()}.
	 */
	public static final class Check {

		private final JdbcClient jdbc;

		private final List<Wanted> wanted = new ArrayList<>();

		private final List<FieldError> errors = new ArrayList<>();

		private final Map<Kind, Map<String, Found>> found = new EnumMap<>(Kind.class);

		private Check(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		/**
		 * The field must name an existing resource of the kind (null: nothing to check).
		 */
		public Check require(Kind kind, String field, String key) {
			if (key != null) {
				this.wanted.add(new Wanted(kind, field, key));
			}
			return this;
		}

		/**
		 * Every key of the list must name an existing resource of the kind, once: a key
		 * listed again is refused (naming that entry) rather than silently collapsed.
		 */
		public Check requireAll(Kind kind, String field, Collection<String> keys) {
			Map<String, Integer> listed = new HashMap<>();
			int index = 0;
			for (String key : keys) {
				Integer earlier = (key != null) ? listed.putIfAbsent(key, index) : null;
				if (earlier != null) {
					reject(field + "[" + index + "]", "'" + key + "' is already listed in " + field + "[" + earlier
							+ "]: name each " + kind.label + " once");
				}
				require(kind, field, key);
				index++;
			}
			return this;
		}

		/** Records a broken rule. */
		public Check reject(String field, String message) {
			this.errors.add(new FieldError(field, message));
			return this;
		}

		/**
		 * Looks up every registered reference, one statement per kind, and records those
		 * that do not exist.
		 */
		public Check resolve() {
			Map<Kind, Set<String>> keys = new EnumMap<>(Kind.class);
			for (Wanted w : this.wanted) {
				keys.computeIfAbsent(w.kind(), (k) -> new LinkedHashSet<>()).add(w.key());
			}
			keys.forEach((kind, values) -> {
				Map<String, Found> rows = new HashMap<>();
				this.jdbc.sql(kind.sql())
					.param("keys", values)
					.query((rs, n) -> rows.put(rs.getString("key"),
							new Found((Long) rs.getObject("id"), rs.getString("country"))))
					.list();
				this.found.put(kind, rows);
			});
			Set<Wanted> reported = new LinkedHashSet<>();
			for (Wanted w : this.wanted) {
				if (!exists(w.kind(), w.key()) && reported.add(w)) {
					reject(w.field(), "no " + w.kind().label + " with id '" + w.key() + "'");
				}
			}
			return this;
		}

		/** Whether a resolved reference exists. */
		public boolean exists(Kind kind, String key) {
			return key != null && this.found.getOrDefault(kind, Map.of()).containsKey(key);
		}

		/** The row id of a resolved reference, or null when it does not exist. */
		public Long id(Kind kind, String key) {
			Found row = (key != null) ? this.found.getOrDefault(kind, Map.of()).get(key) : null;
			return (row != null) ? row.id() : null;
		}

		/**
		 * The country of a resolved person or organization (null when it has none or does
		 * not exist).
		 */
		public String country(Kind kind, String key) {
			Found row = (key != null) ? this.found.getOrDefault(kind, Map.of()).get(key) : null;
			return (row != null) ? row.country() : null;
		}

		/** The row ids of a list of resolved references, in order and without repeats. */
		public List<Long> ids(Kind kind, Collection<String> keys) {
			return keys.stream().map((key) -> id(kind, key)).distinct().toList();
		}

		/** Answers 422 with every broken rule and unknown reference, if there is any. */
		public void throwIfInvalid() {
			if (!this.errors.isEmpty()) {
				throw new UnprocessableException(this.errors);
			}
		}

		private record Wanted(Kind kind, String field, String key) {
		}

		private record Found(Long id, String country) {
		}

	}

}
