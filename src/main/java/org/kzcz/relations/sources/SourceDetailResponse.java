package org.kzcz.relations.sources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.kzcz.relations.common.facts.DatePrecision;
import org.kzcz.relations.common.caching.ResourceVersions;

@Schema(name = "SourceDetail", description = "A source and every fact that cites it, grouped by kind of fact")
record SourceDetailResponse(@Schema(example = "dyussenbayev-interview-2025") String id, String title, String publisher,
		String author, LocalDate publishedOn, DatePrecision publishedPrecision, String language, SourceKind kind,
		String url,
		@Schema(description = "File name of the stored copy of the document, when there is one") String documentRef,
		String summary, String self,
		@Schema(description = "The stored version; send it back in If-Match (the ETag) to change the source",
				example = "0") long version,
		Citations citations) implements ResourceVersions.Versioned {

	@Schema(name = "SourceCitations", description = "The facts citing a source, by kind; empty lists where none")
	record Citations(List<Citation> people, List<Citation> posts, List<Citation> postDateClaims,
			List<Citation> organizations, List<Citation> engagements, List<Citation> meetings,
			List<Citation> agreements, List<Citation> projects, List<Citation> milestones, List<Citation> targets,
			List<Citation> tradeFigures, List<Citation> commodityGroups, List<Citation> diplomaticRelations,
			List<Citation> claims) {
	}

	@Schema(name = "SourceCitation", description = """
			A fact citing the source: its id (the slug where it has one), a short label and the resource \
			showing it (for a trade figure or commodity group, the trade series it belongs to; absent for \
			counts and ranks, which no endpoint shows). Trade figures add what the source stated alongside \
			the number.""")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Citation(@Schema(example = "bakyt-dyussenbayev") String id,
			@Schema(example = "Bakyt Dyussenbayev") String label,
			@Schema(example = "/api/v1/officials/bakyt-dyussenbayev") String self,
			@Schema(example = "626.8 million dollars") String statedText,
			@Schema(example = "48.4") BigDecimal statedChangePct) {
	}

}
