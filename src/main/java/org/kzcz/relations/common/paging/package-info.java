/**
 * The page envelope shared by every list: page parameters, the paged query with its
 * count, the links between pages and the query strings they carry.
 */
package org.kzcz.relations.common.paging;
