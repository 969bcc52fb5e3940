package org.kzcz.relations.common.guards;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.kzcz.relations.common.problems.InvalidParameterException;

/**
 * Reads a comma-separated list of enum constants from one request parameter (e.g.
 * {@code types=MEETING,AGREEMENT}), in any case.
 */
public final class EnumListParameter {

	private EnumListParameter() {
	}

	/**
	 * The constants named, or all of them when the parameter is absent or blank.
	 * @throws InvalidParameterException naming the parameter for an unknown constant
	 */
	public static <E extends Enum<E>> Set<E> parse(String name, String value, Class<E> type) {
		if (value == null || value.isBlank()) {
			return EnumSet.allOf(type);
		}
		Set<E> constants = EnumSet.noneOf(type);
		for (String part : value.split(",")) {
			String trimmed = part.trim().toUpperCase(Locale.ROOT);
			if (trimmed.isEmpty()) {
				continue;
			}
			try {
				constants.add(Enum.valueOf(type, trimmed));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidParameterException(name, "has unknown value '" + part.trim() + "'; allowed: "
						+ Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
			}
		}
		return constants.isEmpty() ? EnumSet.allOf(type) : constants;
	}

	/** The names of the constants, comma-separated, for binding as one SQL parameter. */
	public static String joined(Set<? extends Enum<?>> constants) {
		return constants.stream().map(Enum::name).collect(Collectors.joining(","));
	}

}
