package org.kzcz.relations.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.kzcz.relations.common.facts.DatePrecision;
import org.kzcz.relations.common.facts.Slugs;
import org.kzcz.relations.common.facts.SourceRef;
import org.kzcz.relations.projects.ProjectDetailResponse.MilestoneStatus;
import org.kzcz.relations.projects.ProjectDetailResponse.PartnerRole;
import org.kzcz.relations.curation.CuratedRequest;
import org.kzcz.relations.curation.SourceSlugs;

/**
 * A project as a curator writes it (POST, PUT, and the state a PATCH is merged into),
 * with its partners, countries, milestones and targets; organizations and sources are
 * named by their slugs, countries by alpha-2 code; absent lists are empty.
 */
@Schema(name = "ProjectRequest", description = """
		A cooperation project to create or to replace, milestones and targets included (each citing its own \
		sources). startedOn and startedPrecision go together; a date of lower precision is the first day of its \
		period. A target may be over-achieved, but its values cannot be negative. Every reference must exist \
		(422 naming the field otherwise); at least one source is required.""")
record ProjectRequest(
		@NotBlank @Size(max = 200) @Pattern(regexp = Slugs.PATTERN,
				message = Slugs.MESSAGE) @Schema(example = "kz-cz-student-exchange") String slug,
		@NotBlank @Size(max = 500) String name, @NotNull @Schema(example = "ACTIVE") ProjectStatus status,
		@Schema(example = "2025-01-01") LocalDate startedOn,
		@Schema(description = "DAY, MONTH or YEAR", example = "YEAR") DatePrecision startedPrecision,
		@Schema(description = "Slug of the leading organization", example = "prague-zoo") String leadOrganization,
		@Size(max = 20000) String summary, List<@NotNull @Valid Partner> partners,
		@ArraySchema(
				arraySchema = @Schema(description = "Alpha-2 codes of the countries involved",
						example = "[\"CZ\", \"KZ\"]"),
				schema = @Schema(example = "CZ")) List<@NotNull @Pattern(regexp = COUNTRY) String> countries,
		List<@NotNull @Valid Milestone> milestones, List<@NotNull @Valid Target> targets,
		@SourceSlugs List<@NotBlank String> sources) implements CuratedRequest {

	static final String COUNTRY = "^[A-Za-z]{2}$";

	ProjectRequest {
		partners = (partners != null) ? partners : List.of();
		countries = (countries != null)
				? countries.stream().map((c) -> (c != null) ? c.toUpperCase(Locale.ROOT) : null).toList() : List.of();
		milestones = (milestones != null) ? milestones : List.of();
		targets = (targets != null) ? targets : List.of();
	}

	/** The project as it stands, in the shape a PUT would send it. */
	static ProjectRequest of(ProjectDetailResponse p) {
		return new ProjectRequest(p.id(), p.name(), p.status(), p.startedOn(), p.startedPrecision(),
				(p.leadOrganization() != null) ? p.leadOrganization().id() : null, p.summary(),
				p.partners().stream().map((partner) -> new Partner(partner.id(), partner.role())).toList(),
				p.countries(),
				p.milestones()
					.stream()
					.map((m) -> new Milestone(m.date(), m.datePrecision(), m.status(), m.title(), m.description(),
							ids(m.sources())))
					.toList(),
				p.targets()
					.stream()
					.map((t) -> new Target(t.description(), t.unit(), t.target(), t.achieved(), t.achievedAsOf(),
							t.achievedPrecision(), t.horizon(), t.dueBy(), t.dueByPrecision(), t.note(),
							ids(t.sources())))
					.toList(),
				ids(p.sources()));
	}

	private static List<String> ids(List<SourceRef> sources) {
		return sources.stream().map(SourceRef::id).toList();
	}

	@Schema(name = "ProjectPartnerRequest", description = "An organization taking part, and its role")
	record Partner(
			@NotBlank @Schema(description = "Slug of the organization",
					example = "altyn-dala-state-natural-reserve") String organization,
			@NotNull @Schema(example = "SITE") PartnerRole role) {
	}

	@Schema(name = "ProjectMilestoneRequest", description = "A step of the project, done or planned, with its sources")
	record Milestone(@NotNull @Schema(example = "2024-06-01") LocalDate date,
			@NotNull @Schema(example = "MONTH") DatePrecision datePrecision,
			@NotNull @Schema(example = "DONE") MilestoneStatus status, @NotBlank @Size(max = 500) String title,
			@Size(max = 5000) String description,
			@NotEmpty @ArraySchema(arraySchema = @Schema(example = "[\"dyussenbayev-interview-2025\"]"),
					schema = @Schema(example = "dyussenbayev-interview-2025")) List<@NotBlank String> sources) {
	}

	@Schema(name = "ProjectTargetRequest", description = """
			A measurable goal and how far it has got, with its sources. achievedValue may exceed targetValue. \
			achievedAsOf and dueBy each come with a precision (DAY when left out); a MONTH or YEAR date is the \
			first day of its period.""")
	record Target(@NotBlank @Size(max = 1000) String description,
			@NotBlank @Size(max = 100) @Schema(example = "horses") String unit,
			@NotNull @Positive @Schema(example = "40") BigDecimal targetValue,
			@PositiveOrZero @Schema(example = "7") BigDecimal achievedValue,
			@Schema(example = "2024-06-01") LocalDate achievedAsOf,
			@Schema(description = "DAY, MONTH or YEAR; DAY when achievedAsOf is given without it",
					example = "MONTH") DatePrecision achievedPrecision,
			@Size(max = 200) @Schema(example = "five years") String horizon, LocalDate dueBy,
			@Schema(description = "DAY, MONTH or YEAR; DAY when dueBy is given without it") DatePrecision dueByPrecision,
			@Size(max = 5000) @Schema(description = "What a reader should know about the figures") String note,
			@NotEmpty @ArraySchema(arraySchema = @Schema(example = "[\"dyussenbayev-interview-2025\"]"),
					schema = @Schema(example = "dyussenbayev-interview-2025")) List<@NotBlank String> sources) {

		Target {
			// a date sent without its precision is a day, as every date was before
			// precisions
			achievedPrecision = (achievedAsOf != null && achievedPrecision == null) ? DatePrecision.DAY
					: achievedPrecision;
			dueByPrecision = (dueBy != null && dueByPrecision == null) ? DatePrecision.DAY : dueByPrecision;
		}

	}

}
