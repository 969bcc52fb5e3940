package org.kzcz.relations.sources;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

import org.kzcz.relations.common.ConflictException;
import org.kzcz.relations.common.MergePatch;
import org.kzcz.relations.common.NotFoundException;
import org.kzcz.relations.common.PartialDates;
import org.kzcz.relations.common.References;
import org.kzcz.relations.common.ResourceVersions;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, replaces, patches and deletes sources. Every write names the curator in the
 * audit log first and checks the request whole (422 listing every broken rule) before
 * storing anything. A source still cited by any fact cannot be deleted.
 */
@Service
class SourceCurationService {

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	private final SourceRepository sources;

	private final SourceService reads;

	private final References references;

	private final MergePatch mergePatch;

	private final JdbcClient jdbc;

	SourceCurationService(SourceRepository sources, SourceService reads, References references, MergePatch mergePatch,
			JdbcClient jdbc) {
		this.sources = sources;
		this.reads = reads;
		this.references = references;
		this.mergePatch = mergePatch;
		this.jdbc = jdbc;
	}

	@Transactional
	SourceDetailResponse create(SourceRequest request) {
		check(request);
		if (this.sources.existsBySlug(request.slug())) {
			throw duplicate(request.slug());
		}
		Source source = this.sources.saveAndFlush(new Source(request));
		return this.reads.find(source.getSlug());
	}

	@Transactional
	SourceDetailResponse replace(String slug, String ifMatch, SourceRequest request) {
		return update(load(slug, ifMatch), request);
	}

	@Transactional
	SourceDetailResponse patch(String slug, String ifMatch, JsonNode patch) {
		Source source = load(slug, ifMatch);
		SourceRequest current = SourceRequest.of(this.reads.find(slug));
		return update(source, this.mergePatch.apply(current, patch, SourceRequest.class));
	}

	/**
	 * Deletes a source no fact cites any more; while facts cite it, 409 says how many.
	 */
	@Transactional
	void delete(String slug, String ifMatch) {
		Source source = load(slug, ifMatch);
		long citing = this.jdbc.sql("select count(*) from fact_citation where source_id = :id")
			.param("id", source.getId())
			.query(Long.class)
			.single();
		if (citing > 0) {
			throw new ConflictException(null,
					"Source '" + slug + "' is still cited by " + citing + ((citing == 1) ? " fact" : " facts")
							+ "; remove those citations first (GET " + SourceResponse.self(slug) + " lists them).");
		}
		this.sources.delete(source);
		this.sources.flush();
	}

	private Source load(String slug, String ifMatch) {
		Source source = this.sources.findBySlug(slug).orElseThrow(() -> new NotFoundException("source", slug));
		ResourceVersions.checkIfMatch(ifMatch, source.getVersion());
		return source;
	}

	private SourceDetailResponse update(Source source, SourceRequest request) {
		check(request);
		if (!request.slug().equals(source.getSlug()) && this.sources.existsBySlug(request.slug())) {
			throw duplicate(request.slug());
		}
		source.describe(request);
		this.sources.flush();
		return this.reads.find(request.slug());
	}

	private void check(SourceRequest request) {
		References.Check check = this.references.check();
		PartialDates.check(check, "publishedOn", request.publishedOn(), "publishedPrecision",
				request.publishedPrecision());
		if (!LANGUAGES.contains(request.language())) {
			check.reject("language", "'" + request.language() + "' is not an ISO 639-1 language code");
		}
		if (request.url() != null && !isWebAddress(request.url())) {
			check.reject("url", "is not a valid http or https URL");
		}
		check.throwIfInvalid();
	}

	private static boolean isWebAddress(String url) {
		try {
			URI uri = new URI(url);
			return uri.getHost() != null
					&& ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static ConflictException duplicate(String slug) {
		return new ConflictException("slug", "A source with id '" + slug + "' already exists.");
	}

}
