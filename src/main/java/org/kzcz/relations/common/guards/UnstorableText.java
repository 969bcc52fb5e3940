package org.kzcz.relations.common.guards;

/**
 * Text PostgreSQL cannot store as it was sent: the NUL character (refused by the server)
 * and a lone UTF-16 surrogate (no character at all: the driver would store it as '?').
 * Checked for parameters by {@link ParameterEditors} and for bodies by
 * {@link UnstorableTextJacksonModule}.
 */
public final class UnstorableText {

	static final String NUL = "must not contain the NUL character";

	static final String LONE_SURROGATE = "must not contain a lone UTF-16 surrogate (such as \\ud800): it is not a character";

	private UnstorableText() {
	}

	/** Why the text cannot be stored, or null when it can. */
	public static String problem(String text) {
		if (text == null) {
			return null;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\0') {
				return NUL;
			}
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return LONE_SURROGATE;
			}
		}
		return null;
	}

}
