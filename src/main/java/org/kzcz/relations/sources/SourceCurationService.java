package org.kzcz.relations.sources;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

import org.kzcz.relations.common.problems.ConflictException;
import org.kzcz.relations.common.curation.PartialDates;
import org.kzcz.relations.common.curation.References;
import org.kzcz.relations.curation.CurationService;
import org.kzcz.relations.curation.CurationService.Resource;
import org.kzcz.relations.curation.CurationSupport;

import org.springframework.stereotype.Service;

/**
 * Creates, replaces, patches and deletes sources: what is a source's own in the curation
 * template.
 */
@Service
class SourceCurationService extends CurationService<Source, SourceRequest, SourceDetailResponse> {

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	SourceCurationService(SourceRepository sources, SourceService reads, CurationSupport support) {
		super(new Resource<>("source", SourceRequest.class, sources, Source::new, reads::find, SourceRequest::of),
				support);
	}

	@Override
	protected void check(SourceRequest request, References.Check check) {
		PartialDates.check(check, "publishedOn", request.publishedOn(), "publishedPrecision",
				request.publishedPrecision());
		if (!LANGUAGES.contains(request.language())) {
			check.reject("language", "'" + request.language() + "' is not an ISO 639-1 language code");
		}
		if (request.url() != null && !isWebAddress(request.url())) {
			check.reject("url", "is not a valid http or https URL");
		}
	}

	/** A source no fact cites any more can go; while facts cite it, 409 says how many. */
	@Override
	protected void beforeDelete(Source source) {
		long citing = jdbc().sql("select count(*) from fact_citation where source_id = :id")
			.param("id", source.getId())
			.query(Long.class)
			.single();
		if (citing > 0) {
			throw new ConflictException(null,
					"Source '" + source.getSlug() + "' is still cited by " + citing
							+ ((citing == 1) ? " fact" : " facts") + "; remove those citations first (GET "
							+ SourceResponse.self(source.getSlug()) + " lists them).");
		}
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

}
