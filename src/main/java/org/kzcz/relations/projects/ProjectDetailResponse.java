package org.kzcz.relations.projects;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.kzcz.relations.common.facts.DatePrecision;
import org.kzcz.relations.common.caching.ResourceVersions;
import org.kzcz.relations.common.facts.SourceRef;
import org.kzcz.relations.projects.ProjectResponse.OrganizationRef;

@Schema(name = "ProjectDetail", description = """
		Everything about a cooperation project: who leads it and takes part, the countries, milestones in date \
		order, measurable targets with progress, and the agreements and meetings behind it.""")
record ProjectDetailResponse(@Schema(example = "przewalski-horse-reintroduction") String id, String name,
		ProjectStatus status, LocalDate startedOn, DatePrecision startedPrecision, String summary, String self,
		@Schema(description = "Version of the stored project; the ETag carries it for If-Match",
				example = "3") long version,
		OrganizationRef leadOrganization, List<Partner> partners,
		@ArraySchema(arraySchema = @Schema(example = "[\"CZ\", \"KZ\"]"),
				schema = @Schema(example = "CZ")) List<String> countries,
		List<Milestone> milestones, List<Target> targets, List<AgreementRef> agreements, List<MeetingRef> meetings,
		List<SourceRef> sources) implements ResourceVersions.Versioned {

	@Schema(name = "ProjectPartner", description = "An organization taking part, and its role")
	record Partner(@Schema(example = "altyn-dala-state-natural-reserve") String id, String name,
			@Schema(example = "NATURE_RESERVE") String kind, PartnerRole role, String self) {
	}

	@Schema(name = "ProjectMilestone", description = """
			A step of the project, done or planned. A date of lower precision is the first day of its period.""")
	record Milestone(LocalDate date, DatePrecision datePrecision, MilestoneStatus status, String title,
			String description, List<SourceRef> sources) {
	}

	@Schema(name = "ProjectTarget", description = """
			A measurable goal and how far it has got. progressPercent is achieved / target * 100, rounded half up \
			to one decimal; absent while nothing achieved is recorded. achievedAsOf and dueBy come with their \
			precision: a MONTH or YEAR date is the first day of its period, not a day the sources give.""")
	record Target(String description, @Schema(example = "horses") String unit,
			@Schema(example = "40") BigDecimal target, @Schema(example = "7") BigDecimal achieved,
			@Schema(example = "2024-06-01") LocalDate achievedAsOf,
			@Schema(example = "MONTH") DatePrecision achievedPrecision, String horizon, LocalDate dueBy,
			DatePrecision dueByPrecision, @Schema(example = "17.5") BigDecimal progressPercent, String note,
			List<SourceRef> sources) {

		private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

		static Target of(String description, String unit, BigDecimal target, BigDecimal achieved,
				LocalDate achievedAsOf, DatePrecision achievedPrecision, String horizon, LocalDate dueBy,
				DatePrecision dueByPrecision, String note, List<SourceRef> sources) {
			return new Target(description, unit, target, achieved, achievedAsOf, achievedPrecision, horizon, dueBy,
					dueByPrecision, progressPercent(achieved, target), note, sources);
		}

		/** Exact until the last step, then rounded half up to one decimal. */
		static BigDecimal progressPercent(BigDecimal achieved, BigDecimal target) {
			if (achieved == null || target == null || target.signum() == 0) {
				return null;
			}
			return achieved.multiply(HUNDRED).divide(target, MathContext.DECIMAL128).setScale(1, RoundingMode.HALF_UP);
		}

	}

	@Schema(name = "ProjectAgreementRef", description = "An agreement underpinning the project")
	record AgreementRef(@Schema(example = "przewalski-horse-memorandum-2023") String id, String title,
			@Schema(example = "MEMORANDUM") String kind, @Schema(example = "SIGNED") String status, LocalDate signedOn,
			DatePrecision signedPrecision, String self) {
	}

	@Schema(name = "ProjectMeetingRef", description = "A meeting that discussed the project")
	record MeetingRef(@Schema(example = "fiala-visit-kazakhstan-2023") String id, String title, LocalDate startDate,
			DatePrecision datePrecision, @Schema(example = "HELD") String status, String self) {
	}

	/** What an organization does in the project. */
	enum PartnerRole {

		COORDINATOR, PARTNER, OPERATOR, POTENTIAL_PARTNER, SITE

	}

	/**
	 * Whether a milestone has happened: IN_PROGRESS when a source reports it under way.
	 */
	enum MilestoneStatus {

		DONE, IN_PROGRESS, PLANNED

	}

}
