package org.kzcz.relations.officials;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.kzcz.relations.common.facts.DatePrecision;
import org.kzcz.relations.common.caching.ResourceVersions;
import org.kzcz.relations.common.facts.SourceRef;

@Schema(name = "OfficialDetail",
		description = "A person's whole career: every post, the meetings attended and the agreements signed")
record OfficialDetailResponse(@Schema(example = "bakyt-dyussenbayev") String id,
		@Schema(example = "Bakyt Dyussenbayev") String name, String honorific, @Schema(example = "KZ") String country,
		LocalDate bornOn, DatePrecision bornPrecision, String biography, String self, @Schema(description = """
				The stored version; send it back in If-Match (the ETag) to change the person. Any change to one of \
				the person's posts moves it too.""", example = "0") long version, List<SourceRef> sources,
		List<Post> posts, List<MeetingAttended> meetings,
		List<AgreementSigned> agreements) implements ResourceVersions.Versioned {

	@Schema(name = "OfficialPost",
			description = """
					A post held. Dates of precision MONTH or YEAR are the first day of that period. ended is true \
					when the post is over, even if its end date is unknown; attestedOn is the latest date a source \
					shows it as held, to attestedPrecision (a MONTH or YEAR date is the first day of its period). dateClaims lists what each source said about the start and end, so \
					disagreements stay visible. id and self address the post for curators; version is its own.""")
	record Post(@Schema(example = "12") long id,
			@Schema(example = "Ambassador of Kazakhstan to the Czech Republic") String role, RoleKind roleKind,
			OrganizationRef organization, @Schema(example = "KZ") String representsCountry,
			@Schema(example = "CZ") String postedToCountry, LocalDate startDate, DatePrecision startPrecision,
			LocalDate endDate, DatePrecision endPrecision, boolean ended, LocalDate attestedOn,
			@Schema(example = "MONTH") DatePrecision attestedPrecision, String note, List<SourceRef> sources,
			List<DateClaim> dateClaims,
			@Schema(description = "The post's stored version (its ETag at its self address)",
					example = "0") long version,
			@Schema(example = "/api/v1/officials/bakyt-dyussenbayev/posts/12") String self)
			implements
				ResourceVersions.Versioned {

		static String self(String personSlug, long postId) {
			return OfficialResponse.self(personSlug) + "/posts/" + postId;
		}

	}

	@Schema(name = "OfficialOrganizationRef")
	record OrganizationRef(@Schema(example = "prague-zoo") String id, @Schema(example = "Prague Zoo") String name,
			@Schema(example = "/api/v1/organizations/prague-zoo") String self) {
	}

	@Schema(name = "OfficialPostDateClaim", description = "What one source claimed about when a post started or ended")
	record DateClaim(DateClaimField field, LocalDate date, DatePrecision precision,
			@Schema(description = "How the source put it, when it hedged",
					example = "end of the year") String qualifier,
			SourceRef source) {
	}

	@Schema(name = "OfficialMeeting")
	record MeetingAttended(@Schema(example = "spotak-receives-dyussenbayev-pilsen-2024") String id, String title,
			String kind, String status, LocalDate date, DatePrecision datePrecision,
			@Schema(example = "GUEST") String roleAtMeeting, @Schema(example = "KZ") String sideCountry, String self) {
	}

	@Schema(name = "OfficialAgreement", description = """
			An agreement the person signed (signatory), or one signed at a meeting they attended \
			(meetingId names that meeting).""")
	record AgreementSigned(@Schema(example = "przewalski-horse-memorandum-2023") String id, String title, String kind,
			String status, LocalDate signedOn, DatePrecision signedPrecision, boolean signatory, String meetingId,
			String self) {
	}

}
