package org.kzcz.relations.common;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Refuses the NUL character in text parameters (query, path, header) with a 400 naming
 * the parameter; PostgreSQL cannot store or compare it and would fail the query.
 * {@link NulRejectingJacksonModule} does the same for request bodies.
 */
@ControllerAdvice
class TextInputAdvice {

	static final String NUL_MESSAGE = "must not contain the NUL character";

	@InitBinder
	void refuseNul(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				if (text != null && text.indexOf('\0') >= 0) {
					throw new IllegalArgumentException(NUL_MESSAGE);
				}
				setValue(text);
			}

		});
	}

}
