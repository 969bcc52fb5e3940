package org.kzcz.relations.curation;

import jakarta.persistence.MappedSuperclass;
import org.kzcz.relations.common.curation.References;

/**
 * A curated resource's main row, known to clients by a stable slug, and filled from a
 * curator's request: the template sets the slug, the resource every other field.
 *
 * @param <R> the request body that describes it
 */
@MappedSuperclass
public abstract class CuratedEntity<R extends CuratedRequest> extends VersionedEntity {

	private String slug;

	public String getSlug() {
		return this.slug;
	}

	final void apply(R request, References.Check refs) {
		this.slug = request.slug();
		describe(request, refs);
	}

	/**
	 * Takes every field but the slug from a checked request, the references it names
	 * resolved in {@code refs}.
	 */
	protected abstract void describe(R request, References.Check refs);

}
