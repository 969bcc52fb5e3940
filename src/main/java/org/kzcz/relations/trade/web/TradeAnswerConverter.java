package org.kzcz.relations.trade.web;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * A representation of the trade answers that content negotiation picks by {@code Accept}
 * or {@code ?format=} (CSV, SVG): written only, never read.
 */
abstract class TradeAnswerConverter extends AbstractHttpMessageConverter<Object> {

	private final Set<Class<?>> answers;

	TradeAnswerConverter(MediaType mediaType, Set<Class<?>> answers) {
		super(StandardCharsets.UTF_8, mediaType);
		this.answers = answers;
	}

	@Override
	protected boolean supports(Class<?> clazz) {
		return this.answers.contains(clazz);
	}

	@Override
	public boolean canRead(Class<?> clazz, MediaType mediaType) {
		return false;
	}

	@Override
	protected Object readInternal(Class<?> clazz, HttpInputMessage inputMessage)
			throws HttpMessageNotReadableException {
		throw new HttpMessageNotReadableException(getSupportedMediaTypes().getFirst() + " is not accepted as input",
				inputMessage);
	}

}
