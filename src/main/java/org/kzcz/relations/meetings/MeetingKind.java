package org.kzcz.relations.meetings;

/**
 * What sort of meeting it was.
 */
public enum MeetingKind {

	OFFICIAL_VISIT, WORKING_VISIT, TALKS, RECEPTION, SITE_VISIT, FORUM, CONFERENCE, COMMISSION_SESSION, ROUNDTABLE,
	SUMMIT

}
