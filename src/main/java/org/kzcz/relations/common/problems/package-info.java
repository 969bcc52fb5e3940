/**
 * Problem details (RFC 9457): the exceptions that carry a status, the one handler that
 * turns every failure into a problem body, and {@link FilterProblems}, the one writer of
 * the problems that servlet filters answer with.
 */
package org.kzcz.relations.common.problems;
