/**
 * The one write stack of the curated resources: an entity base with id, slug and version,
 * a repository that finds by slug, and the template of every curation service (load with
 * If-Match, slug uniqueness, JSON Merge Patch, delete), and the routes over it
 * ({@link org.kzcz.relations.curation.CuratedController}: the detail with its ETag and
 * the four writes). A resource writes only what is its own: its rules, how a request
 * becomes the entity, its child rows, its delete guard, its list, and the words of its
 * operations ({@code openapi/<collection>.yml}).
 */
package org.kzcz.relations.curation;
