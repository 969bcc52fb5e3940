/**
 * Meetings between the parties (visits, talks, receptions, forums): who took part and in
 * which post at the time, what was discussed and what came of it.
 */
package org.kzcz.relations.meetings;
