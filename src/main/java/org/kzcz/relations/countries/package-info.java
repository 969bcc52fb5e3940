/**
 * Countries and the EU bloc: ISO codes, and who holds the posts that matter to the
 * relationship today.
 */
package org.kzcz.relations.countries;
