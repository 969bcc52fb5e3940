package org.kzcz.relations.curation;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.kzcz.relations.common.problems.NotFoundException;
import org.kzcz.relations.common.curation.References;
import org.kzcz.relations.common.caching.ResourceVersions;
import tools.jackson.databind.JsonNode;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The write steps every curated resource shares, whatever clients know it by: each write
 * checks the request whole (422 listing every broken rule and unknown reference) before
 * storing anything; an existing resource is loaded by its key with the client's If-Match
 * (428 without it, 412 when it moved on); a duplicate is refused (409); a PATCH is a JSON
 * Merge Patch of the resource's current request shape; the main row is saved through JPA
 * (its version guards concurrent edits) before the child rows change; the answer is the
 * resource as a read returns it. {@link CurationService} is this template for the
 * resources known by slug; a resource known by a number (a trade figure) extends this one
 * and says what a duplicate is.
 *
 * @param <K> what clients know the resource by (its slug, or its id)
 * @param <E> the main row
 * @param <R> the request body of POST and PUT (and the shape a PATCH applies to)
 * @param <D> the detail answer
 */
public abstract class KeyedCurationService<K, E extends VersionedEntity, R, D> {

	private final Keyed<K, E, R, D> resource;

	private final CurationSupport support;

	protected KeyedCurationService(Keyed<K, E, R, D> resource, CurationSupport support) {
		this.resource = resource;
		this.support = support;
	}

	@Transactional
	public D create(R request) {
		References.Check refs = checked(request, null);
		refuseDuplicate(request, null);
		E entity = this.resource.newEntity().get();
		describe(entity, request, refs);
		entity = this.resource.repository().saveAndFlush(entity);
		replaceChildren(entity, request, refs, false);
		return read(keyOf(entity));
	}

	@Transactional
	public D replace(K key, String ifMatch, R request) {
		return update(load(key, ifMatch), request);
	}

	@Transactional
	public D patch(K key, String ifMatch, JsonNode patch) {
		E entity = load(key, ifMatch);
		R current = this.resource.currentRequest().apply(read(key));
		return update(entity, this.support.mergePatch().apply(current, patch, this.resource.requestType()));
	}

	@Transactional
	public void delete(K key, String ifMatch) {
		E entity = load(key, ifMatch);
		beforeDelete(entity);
		this.resource.repository().delete(entity);
		this.resource.repository().flush();
	}

	/** The entity with that key, if the client's If-Match names its current version. */
	protected final E load(K key, String ifMatch) {
		E entity = find(key).orElseThrow(() -> new NotFoundException(this.resource.noun(), key));
		ResourceVersions.checkIfMatch(ifMatch, entity.getVersion());
		return entity;
	}

	private D update(E entity, R request) {
		refuseUpdate(entity, request);
		References.Check refs = checked(request, entity);
		refuseDuplicate(request, entity);
		describe(entity, request, refs);
		entity.touch();
		// The version check happens here, before any child row changes.
		this.resource.repository().flush();
		replaceChildren(entity, request, refs, true);
		return read(keyOf(entity));
	}

	private References.Check checked(R request, @Nullable E existing) {
		References.Check check = this.support.references().check();
		check(request, check);
		check.resolve();
		checkResolved(request, existing, check);
		check.throwIfInvalid();
		return check;
	}

	private D read(K key) {
		return this.resource.read().apply(key);
	}

	/** The stored entity with that key, if any. */
	protected abstract Optional<E> find(K key);

	/** The key of a stored entity, once the request is described in it. */
	protected abstract K keyOf(E entity);

	/**
	 * Refuses (409) a request that would store a resource another one already is: the
	 * same slug, or the same natural key. {@code existing} is the entity being replaced,
	 * or null for a new one.
	 */
	protected abstract void refuseDuplicate(R request, @Nullable E existing);

	/**
	 * The resource's rules: rejects what breaks them and registers every reference the
	 * request makes ({@code require}); the template then resolves them all, one statement
	 * per kind.
	 */
	protected abstract void check(R request, References.Check check);

	/**
	 * Rules that need the references resolved (an organization's country, say) or the
	 * stored entity ({@code existing}; null for a new one).
	 */
	protected void checkResolved(R request, @Nullable E existing, References.Check check) {
	}

	/**
	 * Refuses, before any other rule, a request that a replace or patch may never make (a
	 * 422 of its own).
	 */
	protected void refuseUpdate(E existing, R request) {
	}

	/** Takes every field of a checked request into a new or stored entity. */
	protected abstract void describe(E entity, R request, References.Check refs);

	/**
	 * Writes the child rows of a saved entity, deleting the old ones first when
	 * {@code existing}; a fixed number of statements whatever their number.
	 */
	protected void replaceChildren(E entity, R request, References.Check refs, boolean existing) {
	}

	/** Refuses the delete (409) or detaches what refers to the entity. */
	protected void beforeDelete(E entity) {
	}

	/**
	 * What the template needs to know of a curated resource besides its rules.
	 *
	 * @param noun how messages name one of them ("trade figure")
	 * @param requestType the request record, for merge patches
	 * @param repository its main rows
	 * @param newEntity an empty entity, which {@link #describe} fills
	 * @param read the detail answer by key, as a GET returns it
	 * @param currentRequest the request that would store a detail as it is, for merge
	 * patches
	 */
	public record Keyed<K, E extends VersionedEntity, R, D>(String noun, Class<R> requestType,
			JpaRepository<E, Long> repository, Supplier<E> newEntity, Function<K, D> read,
			Function<D, R> currentRequest) {
	}

}
