package org.kzcz.relations.common.paging;

import java.util.Locale;
import java.util.Map;

import org.kzcz.relations.common.problems.InvalidParameterException;

/**
 * Validated paging and sorting of a list request. Sort fields are whitelisted per
 * endpoint and mapped to SQL expressions, so a client can never inject an ORDER BY.
 *
 * @param page zero-based page number
 * @param size items per page, 1 to {@link #MAX_SIZE}
 * @param sortField the public sort field name, or null for the endpoint's default order
 * @param descending whether the sort runs descending
 */
public record PageQuery(int page, int size, String sortField, boolean descending) {

	public static final int MAX_SIZE = 200;

	public static final int DEFAULT_SIZE = 20;

	/**
	 * Parses {@code page}, {@code size} and {@code sort} (e.g. {@code name} or
	 * {@code -startDate} for descending; {@code name,desc} is accepted too).
	 */
	public static PageQuery parse(Integer page, Integer size, String sort, Map<String, String> allowedSortFields) {
		int p = (page != null) ? page : 0;
		int s = (size != null) ? size : DEFAULT_SIZE;
		if (p < 0) {
			throw new InvalidParameterException("page", "must be 0 or more");
		}
		if (s < 1 || s > MAX_SIZE) {
			throw new InvalidParameterException("size", "must be between 1 and " + MAX_SIZE);
		}
		if (sort == null || sort.isBlank()) {
			return new PageQuery(p, s, null, false);
		}
		String field = sort.trim();
		boolean descending = false;
		if (field.startsWith("-")) {
			descending = true;
			field = field.substring(1);
		}
		else if (field.contains(",")) {
			String[] parts = field.split(",", 2);
			field = parts[0].trim();
			String direction = parts[1].trim().toLowerCase(Locale.ROOT);
			if (!direction.equals("asc") && !direction.equals("desc")) {
				throw new InvalidParameterException("sort", "direction must be asc or desc");
			}
			descending = direction.equals("desc");
		}
		if (!allowedSortFields.containsKey(field)) {
			throw new InvalidParameterException("sort",
					"unknown sort field '" + field + "'; allowed: " + String.join(", ", allowedSortFields.keySet()));
		}
		return new PageQuery(p, s, field, descending);
	}

	public long offset() {
		return (long) this.page * this.size;
	}

	/** The SQL ORDER BY expression for this query, from the endpoint's whitelist. */
	public String orderBy(Map<String, String> allowedSortFields, String defaultOrder, String tieBreaker) {
		if (this.sortField == null) {
			return defaultOrder;
		}
		return allowedSortFields.get(this.sortField) + (this.descending ? " desc" : " asc") + ", " + tieBreaker;
	}

	String sortParameter() {
		return (this.sortField == null) ? null : (this.descending ? "-" : "") + this.sortField;
	}

}
