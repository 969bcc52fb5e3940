/**
 * Helpers of the read queries: columns read into answer records, the linked-resource
 * lists written once as JSON subqueries, and the JSON tuples some queries still build.
 */
package org.kzcz.relations.common.reads;
