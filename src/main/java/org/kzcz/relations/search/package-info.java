/**
 * Full-text search across people, organizations, meetings, agreements, projects and
 * sources, ranked, diacritics ignored.
 */
package org.kzcz.relations.search;
