package org.kzcz.relations.history;

import java.util.Arrays;
import java.util.Optional;

/**
 * The registry of curated collections whose history is kept, with their table and how
 * their public id is found. It alone drives the history routes, the {@code asOf} routes
 * ({@link AsOfRoutes}) and their documentation ({@link AsOfDocumentation}).
 */
enum AuditedResource {

	SOURCES("sources", "source", true), ORGANIZATIONS("organizations", "organization", true),
	OFFICIALS("officials", "person", true), MEETINGS("meetings", "meeting", true),
	AGREEMENTS("agreements", "agreement", true), PROJECTS("projects", "project", true),
	TRADE_FIGURES("trade-figures", "trade_figure", false), CLAIMS("claims", "claim", true);

	private final String collection;

	private final String table;

	private final boolean slugged;

	AuditedResource(String collection, String table, boolean slugged) {
		this.collection = collection;
		this.table = table;
		this.slugged = slugged;
	}

	static Optional<AuditedResource> ofCollection(String collection) {
		return Arrays.stream(values()).filter((r) -> r.collection.equals(collection)).findFirst();
	}

	String collection() {
		return this.collection;
	}

	/** The path of one resource's detail, where {@code ?asOf=} reads its past. */
	String detailPath() {
		return "/api/v1/" + this.collection + "/{id}";
	}

	String table() {
		return this.table;
	}

	/** Whether the public id is a slug (else the numeric id). */
	boolean slugged() {
		return this.slugged;
	}

}
