package org.kzcz.relations.countries;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.kzcz.relations.common.facts.DatePrecision;
import org.kzcz.relations.common.facts.SourceRef;

@Schema(name = "CountryDetail",
		description = "A country with the holders of its key posts today, derived from post history")
record CountryDetailResponse(String code, String alpha3, String numericCode, CountryKind kind, String name,
		String capital, String self, CurrentPosts currentPosts) {

	@Schema(name = "CurrentPosts", description = """
			Who holds each post today according to the stored post history: posts with no known end. \
			attestedOn is the latest date a source shows the post as held; a holder attested long ago may \
			have left since.""")
	record CurrentPosts(List<PostHolder> headOfState, List<PostHolder> headOfGovernment,
			List<PostHolder> foreignMinister, List<PostHolder> ambassadorsFrom, List<PostHolder> ambassadorsTo) {
	}

	@Schema(name = "PostHolder")
	record PostHolder(@Schema(example = "bakyt-dyussenbayev") String personId,
			@Schema(example = "Bakyt Dyussenbayev") String name, String role, String organization,
			String representsCountry, String postedToCountry, LocalDate startDate, DatePrecision startPrecision,
			LocalDate attestedOn, String self, List<SourceRef> sources) {
	}

}
