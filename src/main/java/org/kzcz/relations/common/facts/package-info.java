/**
 * Value types every feature shares, with their rules: source references, date precision,
 * country codes, slugs and search terms.
 */
package org.kzcz.relations.common.facts;
