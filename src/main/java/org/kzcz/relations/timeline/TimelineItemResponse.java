package org.kzcz.relations.timeline;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.kzcz.relations.common.facts.DatePrecision;
import org.kzcz.relations.common.facts.SourceRef;

@Schema(name = "TimelineItem", description = """
		One event on the timeline. A date of precision MONTH, QUARTER, HALF_YEAR or YEAR is the first day of \
		that period. id and self name the resource the event belongs to (the meeting, agreement, project, \
		official, country or claim).""")
record TimelineItemResponse(TimelineType type, LocalDate date, DatePrecision datePrecision,
		@Schema(example = "Governor of the Pilsen Region receives the ambassador") String title,
		@Schema(description = "Status where the event has one: HELD/PLANNED/CANCELLED meetings, the agreement's "
				+ "status, DONE/IN_PROGRESS/PLANNED milestones; for a claim, its kind (STATEMENT, VARIANT or "
				+ "EDITORIAL)", example = "HELD") String status,
		@ArraySchema(arraySchema = @Schema(description = "Alpha-2 codes of the countries involved",
				example = "[\"CZ\", \"KZ\"]"), schema = @Schema(example = "CZ")) List<String> countries,
		@Schema(example = "spotak-receives-dyussenbayev-pilsen-2024") String id,
		@Schema(example = "/api/v1/meetings/spotak-receives-dyussenbayev-pilsen-2024") String self,
		List<SourceRef> sources) {
}
