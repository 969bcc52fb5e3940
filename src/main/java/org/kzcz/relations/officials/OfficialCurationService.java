package org.kzcz.relations.officials;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kzcz.relations.common.problems.ConflictException;
import org.kzcz.relations.common.curation.MergePatch;
import org.kzcz.relations.common.problems.NotFoundException;
import org.kzcz.relations.common.curation.PartialDates;
import org.kzcz.relations.common.curation.References;
import org.kzcz.relations.common.curation.References.Kind;
import org.kzcz.relations.common.caching.ResourceVersions;
import org.kzcz.relations.common.problems.UnprocessableException;
import org.kzcz.relations.curation.ChildRows;
import org.kzcz.relations.curation.CurationService;
import org.kzcz.relations.curation.CurationService.Resource;
import org.kzcz.relations.curation.CurationSupport;
import org.kzcz.relations.officials.OfficialDetailResponse.Post;
import org.kzcz.relations.officials.PostRequest.DateClaim;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, replaces, patches and deletes people (through the curation template) and their
 * posts. A post has its own version; any change to a post moves the person's version too,
 * so an edit of the person based on an older read fails.
 */
@Service
class OfficialCurationService extends CurationService<Person, OfficialRequest, OfficialDetailResponse> {

	private final PersonRepository people;

	private final PostHeldRepository posts;

	private final OfficialService reads;

	private final References references;

	private final MergePatch mergePatch;

	OfficialCurationService(PersonRepository people, PostHeldRepository posts, OfficialService reads,
			CurationSupport support) {
		super(new Resource<>("official", OfficialRequest.class, people, Person::new, reads::find, OfficialRequest::of),
				support);
		this.people = people;
		this.posts = posts;
		this.reads = reads;
		this.references = support.references();
		this.mergePatch = support.mergePatch();
	}

	/** The person's own rules and those of each post sent with a new person. */
	@Override
	protected void check(OfficialRequest request, References.Check check) {
		checkPerson(check, request);
		List<PostRequest> wanted = request.postsOrEmpty();
		for (int i = 0; i < wanted.size(); i++) {
			checkPost(check, "posts[" + i + "].", wanted.get(i));
		}
	}

	@Override
	protected void checkResolved(OfficialRequest request, Person existing, References.Check check) {
		List<PostRequest> wanted = request.postsOrEmpty();
		for (int i = 0; i < wanted.size(); i++) {
			checkPostOrganization(check, "posts[" + i + "].", wanted.get(i));
		}
	}

	@Override
	protected void refuseUpdate(Person person, OfficialRequest request) {
		if (request.posts() != null) {
			throw UnprocessableException.of("posts", "posts are changed one by one at "
					+ OfficialResponse.self(person.getSlug()) + "/posts/{postId}, each with its own version");
		}
	}

	/**
	 * The posts that come with a new person, with their citations and date claims (an
	 * update sends none).
	 */
	@Override
	protected void replaceChildren(Person person, OfficialRequest request, References.Check refs, boolean existing) {
		List<PostRequest> wanted = request.postsOrEmpty();
		List<Long> postIds = new ArrayList<>();
		for (PostRequest post : wanted) {
			postIds.add(this.posts.save(new PostHeld(person, post, refs.id(Kind.ORGANIZATION, post.organization())))
				.getId());
		}
		insertPostChildren(postIds, wanted, refs);
	}

	/**
	 * Posts and citations go with the person, but while meetings list them as a
	 * participant or agreements as a signatory the delete is refused: 409 says by how
	 * many.
	 */
	@Override
	protected void beforeDelete(Person person) {
		long[] uses = jdbc().sql("""
				select (select count(*) from meeting_participant where person_id = :id) as meetings,
				       (select count(*) from agreement_signatory where person_id = :id) as agreements
				""")
			.param("id", person.getId())
			.query((rs, n) -> new long[] { rs.getLong("meetings"), rs.getLong("agreements") })
			.single();
		if (uses[0] > 0 || uses[1] > 0) {
			throw new ConflictException(null, "Official '" + person.getSlug() + "' is still a participant of " + uses[0]
					+ " meeting(s) and a signatory of " + uses[1] + " agreement(s); change those first.");
		}
	}

	@Transactional
	Post createPost(String slug, PostRequest request) {
		Person person = this.people.findBySlug(slug).orElseThrow(() -> new NotFoundException("official", slug));
		References.Check refs = checkPost(request);
		PostHeld post = this.posts
			.saveAndFlush(new PostHeld(person, request, refs.id(Kind.ORGANIZATION, request.organization())));
		insertPostChildren(List.of(post.getId()), List.of(request), refs);
		personChanged(person);
		return this.reads.post(slug, post.getId());
	}

	@Transactional
	Post replacePost(String slug, long postId, String ifMatch, PostRequest request) {
		return updatePost(loadPost(slug, postId, ifMatch), request);
	}

	@Transactional
	Post patchPost(String slug, long postId, String ifMatch, JsonNode patch) {
		PostHeld post = loadPost(slug, postId, ifMatch);
		PostRequest current = PostRequest.of(this.reads.post(slug, postId));
		return updatePost(post, this.mergePatch.apply(current, patch, PostRequest.class));
	}

	/** Deletes the post with its citations and date claims. */
	@Transactional
	void deletePost(String slug, long postId, String ifMatch) {
		PostHeld post = loadPost(slug, postId, ifMatch);
		this.posts.delete(post);
		this.posts.flush();
		personChanged(post.getPerson());
	}

	private PostHeld loadPost(String slug, long postId, String ifMatch) {
		Person person = this.people.findBySlug(slug).orElseThrow(() -> new NotFoundException("official", slug));
		PostHeld post = this.posts.findByIdAndPerson(postId, person)
			.orElseThrow(() -> new NotFoundException("post of official '" + slug + "'", postId));
		ResourceVersions.checkIfMatch(ifMatch, post.getVersion());
		return post;
	}

	private Post updatePost(PostHeld post, PostRequest request) {
		References.Check refs = checkPost(request);
		post.describe(request, refs.id(Kind.ORGANIZATION, request.organization()));
		// The version check happens here, before the citations and claims change.
		this.posts.flush();
		ChildRows.deleteAll(jdbc(), "post_held_id", post.getId(), "post_date_claim", "post_held_source");
		insertPostChildren(List.of(post.getId()), List.of(request), refs);
		personChanged(post.getPerson());
		return this.reads.post(post.getPerson().getSlug(), post.getId());
	}

	/**
	 * Moves the person's version when one of their posts changed, in one statement that
	 * cannot conflict (the post's own version guards the post).
	 */
	private void personChanged(Person person) {
		touch(person.getId(), new Referrer("person", "select :id"));
	}

	private void checkPerson(References.Check refs, OfficialRequest request) {
		PartialDates.check(refs, "bornOn", request.bornOn(), "bornPrecision", request.bornPrecision());
		refs.require(Kind.COUNTRY, "country", request.country()).requireAll(Kind.SOURCE, "sources", request.sources());
	}

	/** Checks one post on its own: every rule, every reference. */
	private References.Check checkPost(PostRequest request) {
		References.Check refs = this.references.check();
		checkPost(refs, "", request);
		refs.resolve();
		checkPostOrganization(refs, "", request);
		refs.throwIfInvalid();
		return refs;
	}

	/**
	 * The rules of a post that need no lookup, and its references; {@code prefix} names
	 * the post inside a larger request ("posts[0].").
	 */
	private static void checkPost(References.Check refs, String prefix, PostRequest post) {
		PartialDates.check(refs, prefix + "startDate", post.startDate(), prefix + "startPrecision",
				post.startPrecision());
		PartialDates.check(refs, prefix + "endDate", post.endDate(), prefix + "endPrecision", post.endPrecision());
		if (post.startDate() != null && post.endDate() != null && post.endDate().isBefore(post.startDate())) {
			refs.reject(prefix + "endDate", "must not be before startDate (" + post.startDate() + ")");
		}
		if (post.endDate() != null && Boolean.FALSE.equals(post.ended())) {
			refs.reject(prefix + "ended", "must be true (or left out) when endDate is given");
		}
		PartialDates.check(refs, prefix + "attestedOn", post.attestedOn(), prefix + "attestedPrecision",
				post.attestedPrecision());
		if (post.attestedOn() != null && post.attestedPrecision() != null && post.startDate() != null
				&& post.attestedPrecision().periodEnd(post.attestedOn()).isBefore(post.startDate())) {
			refs.reject(prefix + "attestedOn", "must not be before startDate (" + post.startDate() + ")");
		}
		if (post.postedToCountry() != null && post.postedToCountry().equals(post.representsCountry())) {
			refs.reject(prefix + "postedToCountry",
					"must differ from representsCountry: a post is posted to another country");
		}
		refs.require(Kind.COUNTRY, prefix + "representsCountry", post.representsCountry())
			.require(Kind.COUNTRY, prefix + "postedToCountry", post.postedToCountry())
			.require(Kind.ORGANIZATION, prefix + "organization", post.organization())
			.requireAll(Kind.SOURCE, prefix + "sources", post.sources());
		Map<String, Integer> claimed = new HashMap<>();
		for (int i = 0; i < post.dateClaims().size(); i++) {
			DateClaim claim = post.dateClaims().get(i);
			String field = prefix + "dateClaims[" + i + "]";
			PartialDates.check(refs, field + ".date", claim.date(), field + ".precision", claim.precision());
			Integer earlier = claimed.putIfAbsent(claim.field() + "/" + claim.source(), i);
			if (earlier != null) {
				refs.reject(field + ".source", "already makes a " + claim.field() + " claim in " + prefix
						+ "dateClaims[" + earlier + "] (one claim per source and field)");
			}
			refs.require(Kind.SOURCE, field + ".source", claim.source());
		}
	}

	/**
	 * The post's organization belongs to the country it represents, unless the
	 * organization has no country (an international body).
	 */
	private static void checkPostOrganization(References.Check refs, String prefix, PostRequest post) {
		String country = refs.country(Kind.ORGANIZATION, post.organization());
		if (country != null && !country.equals(post.representsCountry())) {
			refs.reject(prefix + "organization", "'" + post.organization() + "' belongs to " + country
					+ ", but the post represents " + post.representsCountry());
		}
	}

	/**
	 * Inserts the citations and date claims of the posts (ids and requests in the same
	 * order): one statement each, however many posts.
	 */
	private void insertPostChildren(List<Long> postIds, List<PostRequest> requests, References.Check refs) {
		ChildRows
			.citations("post_held_source", "post_held_id", postIds,
					requests.stream().map((post) -> refs.ids(Kind.SOURCE, post.sources())).toList())
			.insert(jdbc());
		List<Map.Entry<Long, DateClaim>> claims = new ArrayList<>();
		for (int i = 0; i < postIds.size(); i++) {
			for (DateClaim claim : requests.get(i).dateClaims()) {
				claims.add(Map.entry(postIds.get(i), claim));
			}
		}
		ChildRows.of("post_date_claim", claims)
			.column("post_held_id", "bigint", Map.Entry::getKey)
			.column("field", "text", (c) -> c.getValue().field())
			.column("claimed_date", "date", (c) -> c.getValue().date())
			.column("claimed_precision", "text", (c) -> c.getValue().precision())
			.column("qualifier", "text", (c) -> c.getValue().qualifier())
			.column("source_id", "bigint", (c) -> refs.id(Kind.SOURCE, c.getValue().source()))
			.insert(jdbc());
	}

}
