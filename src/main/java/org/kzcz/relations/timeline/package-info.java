/**
 * The timeline: one chronological feed of meetings, agreements signed, project
 * milestones, posts taken up and diplomatic relations established.
 */
package org.kzcz.relations.timeline;
