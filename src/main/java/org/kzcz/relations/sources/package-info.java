/**
 * Sources: the documents every fact comes from, and for each one every fact that cites
 * it.
 */
package org.kzcz.relations.sources;
