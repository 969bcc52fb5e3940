package org.kzcz.relations.common;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Reads integer path and query parameters (ids, page, size, years...) as plain decimal
 * digits with an optional minus sign. Spring's own conversion also takes hexadecimal
 * ({@code 0x10}, {@code #10}), a plus sign and spaces, so {@code /trade-figures/0x10}
 * read figure 16: those now answer 400 naming the parameter. Leading zeros stay harmless
 * decimal digits ({@code 016} is 16, never octal).
 * <p>
 * A binder editor rather than a converter: when a converter fails, Spring's binder falls
 * back to its default number editor, which accepts hexadecimal again.
 */
@ControllerAdvice
class StrictIntegerParameters {

	private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+");

	@InitBinder
	void decimalIntegersOnly(WebDataBinder binder) {
		binder.registerCustomEditor(Long.class, new DecimalEditor(Long::valueOf));
		binder.registerCustomEditor(long.class, new DecimalEditor(Long::valueOf));
		binder.registerCustomEditor(Integer.class, new DecimalEditor(Integer::valueOf));
		binder.registerCustomEditor(int.class, new DecimalEditor(Integer::valueOf));
	}

	private static final class DecimalEditor extends PropertyEditorSupport {

		private final Function<String, Number> parse;

		DecimalEditor(Function<String, Number> parse) {
			this.parse = parse;
		}

		@Override
		public void setAsText(String text) {
			if (text == null || text.isEmpty()) {
				// an empty parameter stays "not given", as before
				setValue(null);
				return;
			}
			if (!DECIMAL.matcher(text).matches()) {
				throw new IllegalArgumentException("not a decimal integer");
			}
			// out of range: NumberFormatException, an IllegalArgumentException too
			setValue(this.parse.apply(text));
		}

	}

}
