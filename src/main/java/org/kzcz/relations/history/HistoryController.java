package org.kzcz.relations.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kzcz.relations.common.problems.NotFoundException;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "History", description = "Who changed what and when; resources as they stood at a past moment")
class HistoryController {

	private final HistoryService history;

	HistoryController(HistoryService history) {
		this.history = history;
	}

	@GetMapping(path = "/api/v1/{collection}/{id}/history", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Every recorded change of a resource, oldest first; kept after deletion", description = """
			Each entry is one write (INSERT, UPDATE or DELETE) with its revision, time, who made it and \
			the resource's stored fields after it (before it, for DELETE), named and printed as the resource \
			itself shows them, other resources by slug. Answers for deleted resources too, with deleted set; \
			to read a resource as it was at a moment, add asOf to its own URL.""")
	HistoryResponse history(@Parameter(
			description = "sources, organizations, officials, meetings, agreements, projects, trade-figures or claims",
			example = "meetings") @PathVariable String collection,
			@Parameter(description = "The resource's id (slug; number for trade figures)",
					example = "lipavsky-nurtleu-talks-astana-2024") @PathVariable String id) {
		return this.history.history(resource(collection), id);
	}

	private static AuditedResource resource(String collection) {
		return AuditedResource.ofCollection(collection)
			.orElseThrow(() -> new NotFoundException("collection with history", collection));
	}

}
