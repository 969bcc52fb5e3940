package org.kzcz.relations.meetings;

/**
 * What sort of meeting it was. VISIT is a visit whose kind (official, working...) no
 * source states.
 */
public enum MeetingKind {

	VISIT, OFFICIAL_VISIT, WORKING_VISIT, TALKS, RECEPTION, SITE_VISIT, FORUM, CONFERENCE, COMMISSION_SESSION,
	ROUNDTABLE, SUMMIT

}
