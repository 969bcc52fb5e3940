package org.kzcz.relations.officials;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.kzcz.relations.common.web.ApiController;
import org.kzcz.relations.common.curation.MergePatch;
import org.kzcz.relations.common.caching.ResourceVersions;
import org.kzcz.relations.officials.OfficialDetailResponse.Post;
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
 * The posts of an official as resources of their own, so a curator records a new
 * appointment (or its end) without rewriting the person.
 */
@ApiController(path = "/api/v1/officials/{id}/posts", tag = "Officials",
		description = "People in the relationship and the posts they held")
class OfficialPostController {

	private final OfficialService officials;

	private final OfficialCurationService curation;

	OfficialPostController(OfficialService officials, OfficialCurationService curation) {
		this.officials = officials;
		this.curation = curation;
	}

	@GetMapping("/{postId}")
	@Operation(summary = "One post of an official",
			description = "The ETag names the post's version: send it back in If-Match to change the post.")
	ResponseEntity<Post> find(
			@Parameter(description = "The official's id (slug)",
					example = "bakyt-dyussenbayev") @PathVariable String id,
			@Parameter(description = "The post's id (a number)", example = "1") @PathVariable long postId,
			HttpServletRequest request) {
		return ResourceVersions.read(request, this.officials.post(id, postId));
	}

	@GetMapping("/{postId}/history")
	@Operation(summary = "Every recorded change of a post, oldest first, with who made it; kept after deletion",
			description = """
					Each entry is one write (INSERT, UPDATE or DELETE) with its revision, time, who made \
					it and the stored post after it (before it, for DELETE). Answers for deleted posts too, with deleted set.""")
	PostHistoryResponse history(
			@Parameter(description = "The official's id (slug)",
					example = "bakyt-dyussenbayev") @PathVariable String id,
			@Parameter(description = "The post's id (a number)", example = "1") @PathVariable long postId) {
		return this.officials.postHistory(id, postId);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@SecurityRequirement(name = "apiKey")
	@Operation(summary = "Record a post of an official (curators)", description = """
			A new appointment, say. Answers 201 with the post, its Location and ETag; the official's version \
			moves too. 422 naming the field when a date breaks its precision, the post ends before it starts or \
			has an end date but ended=false, its organization belongs to another country than it represents, \
			it is posted to the country it represents, a source makes two claims about the same end of the post, \
			or a country, organization or source does not exist.""")
	ResponseEntity<Post> create(@Parameter(description = "The official's id (slug)",
			example = "bakyt-dyussenbayev") @PathVariable String id, @Valid @RequestBody PostRequest body) {
		return ResourceVersions.created(this.curation.createPost(id, body));
	}

	@PutMapping(path = "/{postId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@SecurityRequirement(name = "apiKey")
	@Operation(summary = "Replace a post (curators)", description = """
			Full replacement: fields left out are cleared, sources and date claims are replaced by the lists \
			sent. Needs If-Match with the post's ETag (428 without it, 412 when the post changed since); the \
			same rules as POST apply. The official's version moves too.""")
	ResponseEntity<Post> replace(
			@Parameter(description = "The official's id (slug)",
					example = "bakyt-dyussenbayev") @PathVariable String id,
			@Parameter(description = "The post's id (a number)", example = "1") @PathVariable long postId,
			@Parameter(description = "ETag of your last read of the post",
					example = "\"v0\"") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody PostRequest body) {
		return ResourceVersions.written(this.curation.replacePost(id, postId, ifMatch, body));
	}

	@PatchMapping(path = "/{postId}", consumes = { MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE })
	@SecurityRequirement(name = "apiKey")
	@Operation(summary = "Change some fields of a post (curators)", description = """
			A JSON Merge Patch (RFC 7396) of the PostRequest shape: only the members sent change, a member set \
			to null is cleared, a list sent replaces the whole list. Sending an endDate (with its precision) \
			ends the post. The result must pass the same rules as a PUT. Needs If-Match.""")
	ResponseEntity<Post> patch(
			@Parameter(description = "The official's id (slug)",
					example = "bakyt-dyussenbayev") @PathVariable String id,
			@Parameter(description = "The post's id (a number)", example = "1") @PathVariable long postId,
			@Parameter(description = "ETag of your last read of the post",
					example = "\"v0\"") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The fields to change",
					content = @Content(mediaType = MergePatch.MEDIA_TYPE,
							schema = @Schema(implementation = PostRequest.class))) @RequestBody JsonNode patch) {
		return ResourceVersions.written(this.curation.patchPost(id, postId, ifMatch, patch));
	}

	@DeleteMapping("/{postId}")
	@SecurityRequirement(name = "apiKey")
	@Operation(summary = "Delete a post (curators)", description = """
			Deletes the post with its citations and date claims; the official's version moves. Needs If-Match \
			with the post's ETag.""")
	ResponseEntity<Void> delete(
			@Parameter(description = "The official's id (slug)",
					example = "bakyt-dyussenbayev") @PathVariable String id,
			@Parameter(description = "The post's id (a number)", example = "1") @PathVariable long postId,
			@Parameter(description = "ETag of your last read of the post",
					example = "\"v0\"") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.curation.deletePost(id, postId, ifMatch);
		return ResponseEntity.noContent().build();
	}

}
