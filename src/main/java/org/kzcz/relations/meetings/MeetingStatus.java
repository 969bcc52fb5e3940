package org.kzcz.relations.meetings;

/**
 * Whether a meeting took place, is still to come, or was called off.
 */
public enum MeetingStatus {

	HELD, PLANNED, CANCELLED

}
