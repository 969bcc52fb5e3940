package org.kzcz.relations.meetings;

import org.kzcz.relations.curation.CuratedRepository;

interface MeetingRepository extends CuratedRepository<Meeting> {

}
