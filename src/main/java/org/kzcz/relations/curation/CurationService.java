package org.kzcz.relations.curation;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.kzcz.relations.common.ConflictException;
import org.kzcz.relations.common.NotFoundException;
import org.kzcz.relations.common.References;
import org.kzcz.relations.common.ResourceVersions;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.transaction.annotation.Transactional;

/**
 * The steps every curated resource's writes share, in one place: each write checks the
 * request whole (422 listing every broken rule and unknown reference) before storing
 * anything; an existing resource is loaded by slug with the client's If-Match (428
 * without it, 412 when it moved on); a slug is unique (409); a PATCH is a JSON Merge
 * Patch of the resource's current request shape; the main row is saved through JPA (its
 * version guards concurrent edits) before the child rows change; the answer is the
 * resource as a read returns it. The audit actor is set for every write transaction by
 * the transaction manager, not here.
 * <p>
 * A resource supplies only what is its own: a {@link Resource} (its name, request type,
 * repository, empty entity and read), its rules ({@link #check}), its entity (which a
 * request fills: {@link CuratedEntity#describe}), its child rows
 * ({@link #replaceChildren}) and its delete guard ({@link #beforeDelete}).
 *
 * @param <E> the main row
 * @param <R> the request body of POST and PUT (and the shape a PATCH applies to)
 * @param <D> the detail answer
 */
public abstract class CurationService<E extends CuratedEntity<R>, R extends CuratedRequest, D> {

	private final Resource<E, R, D> resource;

	private final CuratedRepository<E> repository;

	private final CurationSupport support;

	protected CurationService(Resource<E, R, D> resource, CurationSupport support) {
		this.resource = resource;
		this.repository = resource.repository();
		this.support = support;
	}

	@Transactional
	public D create(R request) {
		References.Check refs = checked(request, null);
		if (this.repository.existsBySlug(request.slug())) {
			throw duplicate(request.slug());
		}
		E entity = this.resource.newEntity().get();
		entity.apply(request, refs);
		entity = this.repository.saveAndFlush(entity);
		replaceChildren(entity, request, refs, false);
		return read(entity.getSlug());
	}

	@Transactional
	public D replace(String slug, String ifMatch, R request) {
		return update(load(slug, ifMatch), request);
	}

	@Transactional
	public D patch(String slug, String ifMatch, JsonNode patch) {
		E entity = load(slug, ifMatch);
		R current = this.resource.currentRequest().apply(read(slug));
		return update(entity, this.support.mergePatch().apply(current, patch, this.resource.requestType()));
	}

	@Transactional
	public void delete(String slug, String ifMatch) {
		E entity = load(slug, ifMatch);
		beforeDelete(entity);
		this.repository.delete(entity);
		this.repository.flush();
	}

	/** SQL for what the entity does not map: child rows, delete guards. */
	protected final JdbcClient jdbc() {
		return this.support.jdbc();
	}

	/**
	 * Moves the resources that refer to this one to a new version, in one statement, as
	 * what a read of them shows changes with it.
	 */
	protected final void touch(long id, Referrer... referrers) {
		List<String> updates = Arrays.stream(referrers)
			.map((r) -> "update " + r.table() + " set version = version + 1, updated_at = now() where id in (" + r.ids()
					+ ")")
			.toList();
		StringBuilder sql = new StringBuilder();
		for (int i = 0; i < updates.size() - 1; i++) {
			sql.append((i == 0) ? "with " : ", ").append("r").append(i).append(" as (").append(updates.get(i));
			sql.append(")\n");
		}
		jdbc().sql(sql.append(updates.getLast()).toString()).param("id", id).update();
	}

	/** The entity with that slug, if the client's If-Match names its current version. */
	protected final E load(String slug, String ifMatch) {
		E entity = this.repository.findBySlug(slug)
			.orElseThrow(() -> new NotFoundException(this.resource.noun(), slug));
		ResourceVersions.checkIfMatch(ifMatch, entity.getVersion());
		return entity;
	}

	private D update(E entity, R request) {
		refuseUpdate(entity, request);
		References.Check refs = checked(request, entity);
		if (!request.slug().equals(entity.getSlug()) && this.repository.existsBySlug(request.slug())) {
			throw duplicate(request.slug());
		}
		entity.apply(request, refs);
		entity.touch();
		// The version check happens here, before any child row changes.
		this.repository.flush();
		replaceChildren(entity, request, refs, true);
		return read(request.slug());
	}

	private References.Check checked(R request, @Nullable E existing) {
		References.Check check = this.support.references().check();
		check(request, check);
		check.resolve();
		checkResolved(request, existing, check);
		check.throwIfInvalid();
		return check;
	}

	private ConflictException duplicate(String slug) {
		String noun = this.resource.noun();
		String article = "aeiou".indexOf(noun.charAt(0)) >= 0 ? "An " : "A ";
		return new ConflictException("slug", article + noun + " with id '" + slug + "' already exists.");
	}

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

	/**
	 * Writes the child rows of a saved entity, deleting the old ones first when
	 * {@code existing}; a fixed number of statements whatever their number.
	 */
	protected void replaceChildren(E entity, R request, References.Check refs, boolean existing) {
	}

	/** Refuses the delete (409) or detaches what refers to the entity. */
	protected void beforeDelete(E entity) {
	}

	private D read(String slug) {
		return this.resource.read().apply(slug);
	}

	/**
	 * Resources of a table that refer to a curated one: the query of their ids, given the
	 * curated one's {@code :id}.
	 */
	public record Referrer(String table, String ids) {
	}

	/**
	 * What the template needs to know of a curated resource besides its rules.
	 *
	 * @param noun how messages name one of them ("agreement")
	 * @param requestType the request record, for merge patches
	 * @param repository its main rows
	 * @param newEntity an empty entity, which {@link CuratedEntity#describe} fills
	 * @param read the detail answer by slug, as a GET returns it
	 * @param currentRequest the request that would store a detail as it is, for merge
	 * patches
	 */
	public record Resource<E extends CuratedEntity<R>, R extends CuratedRequest, D>(String noun, Class<R> requestType,
			CuratedRepository<E> repository, Supplier<E> newEntity, Function<String, D> read,
			Function<D, R> currentRequest) {
	}

}
