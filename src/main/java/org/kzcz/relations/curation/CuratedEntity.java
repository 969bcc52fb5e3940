package org.kzcz.relations.curation;

import jakarta.persistence.MappedSuperclass;
import org.kzcz.relations.common.curation.References;

/**
 * A curated resource's main row, known to clients by a stable slug, and filled from a
 * curator's request: the template sets the slug and every other column named like a
 * request component, a {@link Reference} column to the ids {@code refs} resolved.
 *
 * @param <R> the request body (a record) that describes it
 */
@MappedSuperclass
public abstract class CuratedEntity<R extends CuratedRequest> extends VersionedEntity {

	private String slug;

	public String getSlug() {
		return this.slug;
	}

	final void apply(R request, References.Check refs) {
		SameNamedColumns.copy((Record) request, this, refs);
	}

}
