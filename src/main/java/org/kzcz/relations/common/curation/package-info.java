/**
 * Helpers of every curation write: JSON Merge Patch over a request record, the check of
 * the references a request names, and the rules for dates stored with their precision.
 */
package org.kzcz.relations.common.curation;
