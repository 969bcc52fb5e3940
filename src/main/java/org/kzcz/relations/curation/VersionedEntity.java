package org.kzcz.relations.curation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A stored row that curators change: its database id, its {@code @Version} (the ETag that
 * If-Match compares, and the check that turns a lost edit race into a 412) and its
 * timestamps.
 */
@MappedSuperclass
public abstract class VersionedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(insertable = false, updatable = false)
	private Instant createdAt;

	@Column(insertable = false)
	private Instant updatedAt;

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	/**
	 * Marks the row changed even when only its child rows did, so the update moves its
	 * version and a concurrent edit of those conflicts.
	 */
	public void touch() {
		this.updatedAt = Instant.now();
	}

	/**
	 * Takes each of the request's components into this entity's column of the same name
	 * and type; a column named otherwise, or not in the request, is the entity's own to
	 * set.
	 */
	protected final void takeColumnsFrom(Record request) {
		SameNamedColumns.copy(request, this, null);
	}

}
