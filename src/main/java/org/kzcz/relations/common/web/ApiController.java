package org.kzcz.relations.common.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.annotation.AliasFor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A controller of the API: a REST controller answering JSON under one path, its
 * operations documented under one tag. Spring MVC and springdoc both read the annotations
 * this one stands for, so a controller names only what is its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "")
public @interface ApiController {

	/** The path of every route of the controller, such as {@code /api/v1/meetings}. */
	@AliasFor(annotation = RequestMapping.class, attribute = "path")
	String path();

	/** The name of the tag its operations are listed under. */
	@AliasFor(annotation = Tag.class, attribute = "name")
	String tag();

	/** What the tag's section of the documentation is about. */
	@AliasFor(annotation = Tag.class, attribute = "description")
	String description();

}
