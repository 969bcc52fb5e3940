package org.kzcz.relations.trade.web;

import org.kzcz.relations.common.problems.InvalidParameterException;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The size of a chart in pixels, as {@code ?width=&height=} ask for it: bounded, so a
 * request cannot make the server draw (and send) an image of any size. The controller
 * checks it with the other parameters and leaves it with the request, where the SVG
 * writer reads it; the JSON and CSV writers ignore it.
 *
 * @param width the width, {@value #MIN_WIDTH} to {@value #MAX_WIDTH}
 * @param height the height, {@value #MIN_HEIGHT} to {@value #MAX_HEIGHT}
 */
record ChartSize(int width, int height) {

	static final int MIN_WIDTH = 320;

	static final int MAX_WIDTH = 2400;

	static final int MIN_HEIGHT = 240;

	static final int MAX_HEIGHT = 1800;

	static final ChartSize DEFAULT = new ChartSize(960, 600);

	private static final String ATTRIBUTE = ChartSize.class.getName();

	static ChartSize of(Integer width, Integer height) {
		check("width", width, MIN_WIDTH, MAX_WIDTH);
		check("height", height, MIN_HEIGHT, MAX_HEIGHT);
		return new ChartSize((width != null) ? width : DEFAULT.width, (height != null) ? height : DEFAULT.height);
	}

	private static void check(String name, Integer value, int min, int max) {
		if (value != null && (value < min || value > max)) {
			throw new InvalidParameterException(name,
					"must be between " + min + " and " + max + " pixels, not " + value);
		}
	}

	/** Leaves this size with the current request, for the SVG writer. */
	ChartSize forThisRequest() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes != null) {
			attributes.setAttribute(ATTRIBUTE, this, RequestAttributes.SCOPE_REQUEST);
		}
		return this;
	}

	/** The size the current request asked for, or the default. */
	static ChartSize ofThisRequest() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		Object size = (attributes != null) ? attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) : null;
		return (size instanceof ChartSize chartSize) ? chartSize : DEFAULT;
	}

}
