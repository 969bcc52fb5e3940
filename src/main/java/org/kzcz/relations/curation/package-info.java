/**
 * The one write stack of the curated resources: an entity base with id, slug and version,
 * a repository that finds by slug, and the template of every curation service (load with
 * If-Match, slug uniqueness, JSON Merge Patch, delete). A resource writes only what is
 * its own: its rules, how a request becomes the entity, its child rows and its delete
 * guard.
 */
package org.kzcz.relations.curation;
