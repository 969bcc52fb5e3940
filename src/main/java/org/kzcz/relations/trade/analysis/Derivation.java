package org.kzcz.relations.trade.analysis;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How a derived figure was obtained from stored ones.
 *
 * @param kind the derivation
 * @param rule the rule applied, with the numbers
 */
@Schema(name = "TradeDerivation", description = "How a derived value was obtained")
public record Derivation(Kind kind, @Schema(
		example = "previous = 626.8 / (1 + 48.4 / 100), the 2023 value and the rate its source states") String rule) {

	@Schema(name = "TradeDerivationKind", description = """
			MIRRORED: the partner's reported flow read from the other side (its exports are imports here). \
			EXPORTS_MINUS_IMPORTS: a balance from one reporter's exports and imports for one period. \
			IMPLIED_BY_STATED_CHANGE: a previous year's value implied by a stated growth rate. \
			EXPORTS_OVER_IMPORTS: the coverage ratio, exports as a percentage of imports.""")
	public enum Kind {

		MIRRORED, EXPORTS_MINUS_IMPORTS, IMPLIED_BY_STATED_CHANGE, EXPORTS_OVER_IMPORTS

	}

}
