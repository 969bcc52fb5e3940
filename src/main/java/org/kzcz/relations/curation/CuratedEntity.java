package org.kzcz.relations.curation;

import jakarta.persistence.MappedSuperclass;

/** A curated resource's main row, known to clients by a stable slug. */
@MappedSuperclass
public abstract class CuratedEntity extends VersionedEntity {

	private String slug;

	public String getSlug() {
		return this.slug;
	}

	protected void setSlug(String slug) {
		this.slug = slug;
	}

}
