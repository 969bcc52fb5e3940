package org.kzcz.relations.timeline;

/**
 * The kinds of event on the timeline.
 */
public enum TimelineType {

	/** A meeting (visit, talks, forum...), held or planned. */
	MEETING,
	/** An agreement signed. */
	AGREEMENT,
	/** A project milestone, done or planned. */
	MILESTONE,
	/** A person taking up a post. */
	POST,
	/** Two parties establishing diplomatic relations. */
	DIPLOMATIC_RELATION,
	/** A dated claim: something a source states happened (or an editorial note). */
	CLAIM

}
