package org.kzcz.relations.curation;

import jakarta.persistence.MappedSuperclass;
import org.kzcz.relations.common.References;

/**
 * A curated resource's main row, known to clients by a stable slug, and filled from a
 * curator's request: the template sets the slug and every other column named like a
 * request component, the resource the references it resolves.
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
		takeColumnsFrom((Record) request);
		describe(request, refs);
	}

	/**
	 * Takes from a checked request what its same-named columns do not carry: the
	 * references it names, resolved in {@code refs}, into the columns that hold their
	 * ids.
	 */
	protected void describe(R request, References.Check refs) {
	}

}
