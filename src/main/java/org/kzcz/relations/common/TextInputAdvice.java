package org.kzcz.relations.common;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Refuses text parameters (query, path, header) PostgreSQL cannot store or compare as
 * sent ({@link UnstorableText}: NUL, lone surrogates) with a 400 naming the parameter.
 * {@link UnstorableTextJacksonModule} does the same for request bodies.
 */
@ControllerAdvice
class TextInputAdvice {

	@InitBinder
	void refuseUnstorableText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				String problem = UnstorableText.problem(text);
				if (problem != null) {
					throw new IllegalArgumentException(problem);
				}
				setValue(text);
			}

		});
	}

}
