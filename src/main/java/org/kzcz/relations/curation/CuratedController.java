package org.kzcz.relations.curation;

import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.kzcz.relations.common.curation.MergePatch;
import org.kzcz.relations.common.caching.ResourceVersions;
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

/**
 * The routes every curated resource shares, written once: its detail with the ETag of its
 * version, and the curators' POST, PUT, PATCH (JSON Merge Patch) and DELETE, each write
 * with If-Match as the {@link CurationService} template checks it. A resource's
 * controller extends this under its own {@code @RequestMapping} and {@code @Tag} and adds
 * its list; Spring MVC and springdoc both inherit these mappings. What a resource says
 * about them (summaries, descriptions, its id's example) lives in
 * {@code openapi/<collection>.yml}, which {@link CuratedOperationDocs} reads.
 *
 * @param <R> the request body of POST and PUT (and the shape a PATCH applies to)
 * @param <D> the detail answer
 */
public abstract class CuratedController<R extends CuratedRequest, D extends ResourceVersions.Versioned> {

	private final Function<String, D> read;

	private final CurationService<?, R, D> curation;

	protected CuratedController(Function<String, D> read, CurationService<?, R, D> curation) {
		this.read = read;
		this.curation = curation;
	}

	@GetMapping("/{id}")
	public ResponseEntity<D> find(@PathVariable String id, HttpServletRequest request) {
		return ResourceVersions.read(request, this.read.apply(id));
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

}
