package org.kzcz.relations.trade.analysis;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A growth rate a source printed alongside a figure, kept as printed.
 *
 * @param source the citing source's id
 * @param percent the rate in percent, as stated
 * @param text the source's wording, when stored
 */
@Schema(name = "StatedChange", description = "A change a source states alongside a figure")
public record StatedChange(@Schema(example = "kazinform-vassilenko-prague-2024") String source,
		@Schema(example = "48.4") BigDecimal percent, @Schema(example = "+48.4%") String text) {

}
