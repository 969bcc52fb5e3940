package org.kzcz.relations.common.facts;

/**
 * A source cited by a fact: its stable slug, its title and a link to it.
 */
public record SourceRef(String id, String title, String self) {

	public static SourceRef of(String slug, String title) {
		return new SourceRef(slug, title, "/api/v1/sources/" + slug);
	}

}
