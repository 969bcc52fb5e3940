package org.kzcz.relations.search;

import org.springframework.web.util.HtmlUtils;

/**
 * Search snippets as HTML. Stored text is whatever curators typed, markup included, so
 * the database marks matches with two private-use characters instead of tags (having
 * taken them out of the text first); the whole snippet is escaped, and only then do they
 * become {@code <mark>} and {@code </mark>}.
 */
final class Snippets {

	static final String START = "\uE000";

	static final String STOP = "\uE001";

	private Snippets() {
	}

	static String html(String headline) {
		if (headline == null) {
			return null;
		}
		// UTF-8: only the five markup characters become entities, "Lipavský" stays as it
		// is
		return HtmlUtils.htmlEscape(headline, "UTF-8").replace(START, "<mark>").replace(STOP, "</mark>");
	}

}
