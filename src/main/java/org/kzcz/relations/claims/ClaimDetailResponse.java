package org.kzcz.relations.claims;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.kzcz.relations.common.facts.DatePrecision;
import org.kzcz.relations.common.caching.ResourceVersions;
import org.kzcz.relations.common.facts.SourceRef;

@Schema(name = "ClaimDetail", description = """
		A claim with what a reader should know about it: dateNote says how the date was worked out (which year \
		is inferred, and why), note anything else.""")
record ClaimDetailResponse(@Schema(example = "almaty-capital-until-1997") String id, ClaimKind kind, ClaimTopic topic,
		String title, String statement, String about, LocalDate occurredOn, DatePrecision datePrecision,
		String dateNote, String note, List<String> countries, List<SourceRef> sources, String self,
		@Schema(description = "The stored version", example = "0") long version) implements ResourceVersions.Versioned {
}
