package org.kzcz.relations.curation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.kzcz.relations.common.problems.ConflictException;
import org.kzcz.relations.common.curation.References;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The curation template ({@link KeyedCurationService}) for the resources known by slug,
 * the steps every curated resource's writes share, in one place: each write checks the
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
public abstract class CurationService<E extends CuratedEntity<R>, R extends CuratedRequest, D>
		extends KeyedCurationService<String, E, R, D> {

	private final Resource<E, R, D> resource;

	private final CurationSupport support;

	protected CurationService(Resource<E, R, D> resource, CurationSupport support) {
		super(new Keyed<>(resource.noun(), resource.requestType(), resource.repository(), resource.newEntity(),
				resource.read(), resource.currentRequest()), support);
		this.resource = resource;
		this.support = support;
	}

	@Override
	protected final Optional<E> find(String slug) {
		return this.resource.repository().findBySlug(slug);
	}

	@Override
	protected final String keyOf(E entity) {
		return entity.getSlug();
	}

	/** A slug is unique: 409 when another resource of the kind has it already. */
	@Override
	protected final void refuseDuplicate(R request, @Nullable E existing) {
		if ((existing == null || !request.slug().equals(existing.getSlug()))
				&& this.resource.repository().existsBySlug(request.slug())) {
			String noun = this.resource.noun();
			String article = "aeiou".indexOf(noun.charAt(0)) >= 0 ? "An " : "A ";
			throw new ConflictException("slug", article + noun + " with id '" + request.slug() + "' already exists.");
		}
	}

	/** The entity takes the slug and describes itself from the request. */
	@Override
	protected final void describe(E entity, R request, References.Check refs) {
		entity.apply(request, refs);
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
