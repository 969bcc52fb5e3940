package org.kzcz.relations.common.problems;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.kzcz.relations.common.problems.ApiProblemHandler.FieldError;

import org.springframework.http.ProblemDetail;

/**
 * The {@code errors} of a problem body, and the {@code detail} summing them up, cut to
 * the first {@value #MAX} so that one bad request cannot make a megabyte answer (500
 * empty list items break two rules each); {@code errorCount} then says how many there
 * were.
 */
public final class ProblemErrors {

	static final int MAX = 100;

	private static final Pattern INDEX = Pattern.compile("\\[(\\d{1,9})]");

	/** By field, list items in index order ({@code a[2]} before {@code a[10]}). */
	public static final Comparator<FieldError> BY_FIELD = Comparator
		.comparing((FieldError error) -> sortKey(error.name()))
		.thenComparing(FieldError::message, Comparator.nullsFirst(Comparator.naturalOrder()));

	private ProblemErrors() {
	}

	/** Sets {@code errors} (and {@code errorCount} when they were cut). */
	static ProblemDetail attach(ProblemDetail problem, List<FieldError> errors) {
		problem.setProperty("errors", (errors.size() > MAX) ? List.copyOf(errors.subList(0, MAX)) : errors);
		if (errors.size() > MAX) {
			problem.setProperty("errorCount", errors.size());
		}
		return problem;
	}

	/**
	 * "field: message; field: message" over the first {@value #MAX} errors, in linear
	 * time (joining by repeated concatenation made 24,000 errors take seconds).
	 */
	static String summary(List<FieldError> errors) {
		String shown = errors.stream()
			.limit(MAX)
			.map((error) -> error.name() + ": " + error.message())
			.collect(Collectors.joining("; "));
		return (errors.size() > MAX) ? shown + "; and " + (errors.size() - MAX) + " more" : shown;
	}

	private static String sortKey(String field) {
		Matcher index = INDEX.matcher(field);
		return index.replaceAll((match) -> "[" + "0".repeat(9 - match.group(1).length()) + match.group(1) + "]");
	}

}
