package org.kzcz.relations.meetings;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.kzcz.relations.common.facts.DatePrecision;
import org.kzcz.relations.common.facts.SourceRef;

@Schema(name = "Meeting", description = """
		A meeting in a list. A date of precision MONTH, QUARTER, HALF_YEAR or YEAR is the first day of that \
		period; do not read a day into it.""")
record MeetingResponse(@Schema(example = "lipavsky-nurtleu-talks-astana-2024") String id, String title,
		MeetingKind kind, MeetingStatus status, LocalDate startDate, DatePrecision datePrecision, LocalDate endDate,
		@Schema(example = "Astana") String city,
		@Schema(description = "Country where it took place", example = "KZ") String country,
		@Schema(example = "KZ") String hostCountry, @Schema(example = "CZ") String visitingCountry,
		@Schema(example = "/api/v1/meetings/lipavsky-nurtleu-talks-astana-2024") String self, List<SourceRef> sources) {

	static String self(String slug) {
		return "/api/v1/meetings/" + slug;
	}

}
