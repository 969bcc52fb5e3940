package org.kzcz.relations.common.guards;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How every path, query and header parameter is read from its text; a refusal is a 400
 * naming the parameter.
 * <ul>
 * <li>Text PostgreSQL cannot store or compare as sent ({@link UnstorableText}: NUL, lone
 * surrogates) is refused; {@link UnstorableTextJacksonModule} does the same for request
 * bodies.</li>
 * <li>Integers (ids, page, size, years...) are plain decimal digits with an optional
 * minus sign. Spring's own conversion also takes hexadecimal ({@code 0x10}, {@code #10}),
 * a plus sign and spaces, so {@code /trade-figures/0x10} read figure 16. Leading zeros
 * stay harmless decimal digits ({@code 016} is 16, never octal).</li>
 * </ul>
 * Binder editors rather than converters: when a converter fails, Spring's binder falls
 * back to its default number editor, which accepts hexadecimal again.
 */
@ControllerAdvice
class ParameterEditors {

	private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+");

	@InitBinder
	void registerEditors(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new Editor(ParameterEditors::storableText));
		binder.registerCustomEditor(Long.class, new Editor(decimal(Long::valueOf)));
		binder.registerCustomEditor(long.class, new Editor(decimal(Long::valueOf)));
		binder.registerCustomEditor(Integer.class, new Editor(decimal(Integer::valueOf)));
		binder.registerCustomEditor(int.class, new Editor(decimal(Integer::valueOf)));
	}

	private static String storableText(String text) {
		String problem = UnstorableText.problem(text);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		return text;
	}

	private static Function<String, Object> decimal(Function<String, Number> parse) {
		return (text) -> {
			if (text.isEmpty()) {
				// an empty parameter stays "not given", as before
				return null;
			}
			if (!DECIMAL.matcher(text).matches()) {
				throw new IllegalArgumentException("not a decimal integer");
			}
			// out of range: NumberFormatException, an IllegalArgumentException too
			return parse.apply(text);
		};
	}

	/** Reads a parameter's text with the given function; it throws to refuse the text. */
	private static final class Editor extends PropertyEditorSupport {

		private final Function<String, Object> read;

		Editor(Function<String, Object> read) {
			this.read = read;
		}

		@Override
		public void setAsText(String text) {
			setValue((text != null) ? this.read.apply(text) : null);
		}

	}

}
