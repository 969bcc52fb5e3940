package org.kzcz.relations.common.facts;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.kzcz.relations.common.problems.InvalidParameterException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SearchTermsTest {

	@Test
	void repeatedSearchTermsCostNoMoreThanOne() {
		assertThat(SearchTerms.parameter("q", "horse ".repeat(42))).isEqualTo("horse");
		assertThat(SearchTerms.parameter("q", "Horse HORSE horse")).isEqualTo("Horse");
	}

	@Test
	void keepsPhrasesAlternativesAndExclusions() {
		String query = "\"Czech Republic\" OR Astana -\"trade fair\" -railway";
		assertThat(SearchTerms.parameter("q", query)).isEqualTo(query);
	}

	@Test
	void dropsRepeatedPhrasesExclusionsAndAlternatives() {
		assertThat(SearchTerms.parameter("q", "\"czech  republic\" \"Czech Republic\" -coal -Coal"))
			.isEqualTo("\"czech republic\" -coal");
		assertThat(SearchTerms.parameter("q", "coal OR oil OR coal or OIL OR oil")).isEqualTo("coal OR oil");
		assertThat(SearchTerms.parameter("q", "a b OR b a OR c")).isEqualTo("a b OR c");
	}

	@Test
	void anExclusionIsNotARepeatOfTheWordItExcludes() {
		assertThat(SearchTerms.parameter("q", "horse -horse \"horse\"")).isEqualTo("horse -horse \"horse\"");
	}

	@Test
	void dropsOrWithNothingOnOneSide() {
		assertThat(SearchTerms.parameter("q", "OR coal OR OR oil OR")).isEqualTo("coal OR oil");
		assertThat(SearchTerms.parameter("q", "coal -OR oil")).isEqualTo("coal oil");
		assertThat(SearchTerms.parameter("q", "coal OR -oil")).isEqualTo("coal OR -oil");
	}

	@Test
	void blankIsAbsent() {
		assertThat(SearchTerms.parameter("q", null)).isNull();
		assertThat(SearchTerms.parameter("q", " \t")).isNull();
	}

	@Test
	void rejectsMoreThan256CharactersNamingTheParameter() {
		assertThat(SearchTerms.parameter("q", "x".repeat(256))).hasSize(256);
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> SearchTerms.parameter("q", "x".repeat(257)))
			.withMessage("Parameter 'q' must be at most 256 characters")
			.satisfies((ex) -> assertThat(ex.getBody().getProperties()).extractingByKey("errors")
				.asString()
				.contains("name=q"));
	}

	@Test
	void rejectsMoreThan16WordsCountingThoseInPhrasesAndJoinedWords() {
		assertThat(SearchTerms.parameter("q", words(16, " "))).isNotNull();
		assertThat(SearchTerms.parameter("q", words(16, " ") + " w1 w2")).isNotNull();
		for (String query : new String[] { words(17, " "), "\"" + words(17, " ") + "\"", words(17, "-"), words(17, ","),
				words(8, " ") + " \"" + words(9, " ") + "\"", words(9, " OR ") + " -x1 -x2 -x3 -x4 -x5 -x6 -x7 -x8" }) {
			assertThatExceptionOfType(InvalidParameterException.class)
				.isThrownBy(() -> SearchTerms.parameter("q", query))
				.withMessageStartingWith("Parameter 'q' must have at most 16 words");
		}
	}

	@Test
	void countsAccentedWordsOnce() {
		String decomposed = "Lipavsky\u0301 ".repeat(16);
		assertThat(SearchTerms.parameter("q", decomposed)).isEqualTo("Lipavsky\u0301");
		assertThat(SearchTerms.parameter("q", words(15, " ") + " Lipavsky\u0301")).isNotNull();
	}

	private static String words(int count, String separator) {
		return IntStream.rangeClosed(1, count).mapToObj((i) -> "w" + i).collect(Collectors.joining(separator));
	}

}
