/**
 * Pieces every feature shares: the page envelope, links, source references, date
 * precision, the one problem-detail handler and HTTP caching.
 */
package org.kzcz.relations.common;
