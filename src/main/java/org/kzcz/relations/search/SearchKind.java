package org.kzcz.relations.search;

/**
 * The kinds of resource a search can find, with where each lives in the API.
 */
public enum SearchKind {

	PERSON("/api/v1/officials/"), ORGANIZATION("/api/v1/organizations/"), MEETING("/api/v1/meetings/"),
	AGREEMENT("/api/v1/agreements/"), PROJECT("/api/v1/projects/"), SOURCE("/api/v1/sources/"),
	CLAIM("/api/v1/claims/");

	private final String path;

	SearchKind(String path) {
		this.path = path;
	}

	String self(String slug) {
		return this.path + slug;
	}

}
