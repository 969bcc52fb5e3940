package org.kzcz.relations.curation;

import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.kzcz.relations.common.curation.MergePatch;
import org.kzcz.relations.common.paging.PageParameters;
import org.kzcz.relations.common.paging.PageQuery;
import org.kzcz.relations.common.paging.PageResponse;
import org.kzcz.relations.common.paging.PagedQuery;
import org.kzcz.relations.common.caching.ResourceVersions;
import org.springdoc.core.annotations.ParameterObject;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The routes every curated resource shares, written once: its list (filtered by the
 * resource's filter record, paged and sorted), its detail with the ETag of its version,
 * and the curators' POST, PUT, PATCH (JSON Merge Patch) and DELETE, each write with
 * If-Match as the {@link CurationService} template checks it. A resource's controller
 * extends this under its own {@code @RequestMapping} and {@code @Tag} and only says which
 * service reads and which curates; Spring MVC and springdoc both inherit these mappings.
 * The filters document themselves on their record components; what else a resource says
 * about its routes (summaries, descriptions, its id's and sort's examples) lives in
 * {@code openapi/<collection>.yml}, which {@link CuratedOperationDocs} reads.
 *
 * @param <F> the list's filters, a record bound component by component as query
 * parameters
 * @param <L> an item of the list
 * @param <R> the request body of POST and PUT (and the shape a PATCH applies to)
 * @param <D> the detail answer
 */
public abstract class CuratedController<F extends Record, L, R extends CuratedRequest, D extends ResourceVersions.Versioned> {

	private final Reads<F, L, D> reads;

	private final CurationService<?, R, D> curation;

	protected CuratedController(Reads<F, L, D> reads, CurationService<?, R, D> curation) {
		this.reads = reads;
		this.curation = curation;
	}

	@GetMapping
	public PageResponse<L> list(@ParameterObject F filter, @ParameterObject PageParameters paging,
			@RequestParam(required = false) String sort, HttpServletRequest request) {
		return paging.answer(request, sort, this.reads.sortFields(), (query) -> this.reads.list().apply(filter, query));
	}

	@GetMapping("/{id}")
	public ResponseEntity<D> find(@PathVariable String id, HttpServletRequest request) {
		return ResourceVersions.read(request, this.reads.find().apply(id));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@SecurityRequirement(name = "apiKey")
	public ResponseEntity<D> create(@Valid @RequestBody R body) {
		return ResourceVersions.created(this.curation.create(body));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@SecurityRequirement(name = "apiKey")
	public ResponseEntity<D> replace(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, @Valid @RequestBody R body) {
		return ResourceVersions.written(this.curation.replace(id, ifMatch, body));
	}

	@PatchMapping(path = "/{id}", consumes = { MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE })
	@SecurityRequirement(name = "apiKey")
	public ResponseEntity<D> patch(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(mediaType = MergePatch.MEDIA_TYPE)) @RequestBody JsonNode patch) {
		return ResourceVersions.written(this.curation.patch(id, ifMatch, patch));
	}

	@DeleteMapping("/{id}")
	@SecurityRequirement(name = "apiKey")
	public ResponseEntity<Void> delete(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.curation.delete(id, ifMatch);
		return ResponseEntity.noContent().build();
	}

	/**
	 * How a resource's answers are read.
	 *
	 * @param list one page of the list with the given filters
	 * @param sortFields the list's sort fields
	 * @param find the detail by id
	 */
	public record Reads<F, L, D>(BiFunction<F, PageQuery, PagedQuery.Page<L>> list, Map<String, String> sortFields,
			Function<String, D> find) {
	}

}
