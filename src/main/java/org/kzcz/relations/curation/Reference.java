package org.kzcz.relations.curation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.kzcz.relations.common.curation.References.Kind;

/**
 * Marks a column that holds the id (or a list of ids) of the resources its same-named
 * request component names by slug: the template stores what the checked references
 * resolved to.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Reference {

	Kind value();

}
