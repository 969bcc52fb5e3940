package org.kzcz.relations.trade.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Whose statistics a figure comes from.
 *
 * @param country the reporting country (KZ for Kazakh statistics, CZ for Czech ones)
 * @param stated whether the source names the reporter, rather than it being inferred
 * @param agency the reporting agency's id, when known
 * @param agencyName the reporting agency's name, when known
 */
@Schema(name = "TradeReporter", description = "The reporting side of a figure")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TradeReporter(@Schema(example = "KZ") String country, @Schema(example = "true") boolean stated,
		@Schema(example = "state-revenue-committee-of-kazakhstan") String agency,
		@Schema(example = "State Revenue Committee of Kazakhstan") String agencyName) {

}
