package org.kzcz.relations.common.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.kzcz.relations.common.problems.InvalidParameterException;

/**
 * Reads a full-text search parameter in web-search syntax ("quoted phrases", OR,
 * -excluded), the syntax of PostgreSQL's {@code websearch_to_tsquery}, and writes it back
 * without repeated terms. The database's cost grows faster than the number of terms (a
 * probe sending one word 300 times took 4.6 s), while a repeat never changes what
 * matches: so repeats are dropped, and what is left is bounded.
 */
public final class SearchTerms {

	public static final int MAX_LENGTH = 256;

	public static final int MAX_WORDS = 16;

	/** The limits, for the parameters' descriptions. */
	public static final String LIMITS = "At most " + MAX_LENGTH + " characters and " + MAX_WORDS
			+ " words, each word of a phrase counting and a repeated term counting once.";

	private SearchTerms() {
	}

	/**
	 * The query with each term once, or null when the parameter is absent or blank.
	 * @throws InvalidParameterException naming the parameter when it is too long or has
	 * too many words
	 */
	public static String parameter(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String query = value.strip();
		if (query.codePointCount(0, query.length()) > MAX_LENGTH) {
			throw new InvalidParameterException(name, "must be at most " + MAX_LENGTH + " characters");
		}
		Collection<List<Term>> groups = groups(query);
		int words = groups.stream().flatMap(List::stream).mapToInt(Term::words).sum();
		if (words > MAX_WORDS) {
			throw new InvalidParameterException(name, "must have at most " + MAX_WORDS
					+ " words once repeated terms are dropped (each word of a phrase counts), not " + words);
		}
		return groups.stream()
			.map((group) -> group.stream().map(Term::written).collect(Collectors.joining(" ")))
			.collect(Collectors.joining(" OR "));
	}

	/**
	 * The alternatives (separated by OR, which binds looser than the implied AND), each
	 * with its terms once, and each distinct set of terms once.
	 */
	private static Collection<List<Term>> groups(String query) {
		Map<Set<String>, List<Term>> groups = new LinkedHashMap<>();
		for (List<Term> group : parse(query)) {
			Map<String, Term> terms = new LinkedHashMap<>();
			group.forEach((term) -> terms.putIfAbsent(term.key(), term));
			groups.putIfAbsent(new LinkedHashSet<>(terms.keySet()), List.copyOf(terms.values()));
		}
		return groups.values();
	}

	/** The terms as websearch_to_tsquery reads them, grouped by the ORs between them. */
	private static List<List<Term>> parse(String query) {
		List<List<Term>> groups = new ArrayList<>();
		List<Term> group = new ArrayList<>();
		// each dash negates once more ("- -coal" is !!coal), and a dashed OR is ignored
		int dashes = 0;
		boolean or = false;
		int i = 0;
		while (i < query.length()) {
			char c = query.charAt(i);
			if (Character.isWhitespace(c) || c == '-') {
				dashes += (c == '-') ? 1 : 0;
				i++;
				continue;
			}
			int end = (c == '"') ? query.indexOf('"', i + 1) : wordEnd(query, i);
			end = (end < 0) ? query.length() : end;
			String text = (c == '"') ? query.substring(i + 1, end).strip().replaceAll("\\s+", " ")
					: query.substring(i, end);
			if (c != '"' && text.equalsIgnoreCase("or")) {
				or |= (dashes == 0);
			}
			else if (!text.isEmpty()) {
				if (or && !group.isEmpty()) {
					groups.add(group);
					group = new ArrayList<>();
				}
				group.add(new Term(dashes % 2 == 1, c == '"', text));
				or = false;
			}
			dashes = 0;
			i = (c == '"') ? end + 1 : end;
		}
		if (!group.isEmpty()) {
			groups.add(group);
		}
		return groups;
	}

	private static int wordEnd(String query, int start) {
		int end = start;
		while (end < query.length() && !Character.isWhitespace(query.charAt(end)) && query.charAt(end) != '"') {
			end++;
		}
		return end;
	}

	private record Term(boolean excluded, boolean phrase, String text) {

		String key() {
			return (this.excluded ? "-" : "") + (this.phrase ? "\"" : "") + this.text.toLowerCase(Locale.ROOT);
		}

		String written() {
			return (this.excluded ? "-" : "") + (this.phrase ? "\"" + this.text + "\"" : this.text);
		}

		/** Runs of letters and digits: the database makes a lexeme of each. */
		int words() {
			int words = 0;
			boolean inWord = false;
			for (int c : this.text.codePoints().toArray()) {
				boolean letter = Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
				words += (letter && !inWord) ? 1 : 0;
				inWord = letter;
			}
			return words;
		}

	}

}
