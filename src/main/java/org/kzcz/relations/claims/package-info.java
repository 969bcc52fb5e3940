/**
 * Claims: what the sources state that no other table holds, each source's version where
 * sources disagree, and editorial notes that cite no document.
 */
package org.kzcz.relations.claims;
