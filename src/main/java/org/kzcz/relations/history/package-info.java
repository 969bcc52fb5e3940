/**
 * Change history of every curated resource, read from the audit log the database writes
 * in the same transaction as each change; and reads of a resource as it stood at a past
 * moment ({@code asOf}).
 */
package org.kzcz.relations.history;
