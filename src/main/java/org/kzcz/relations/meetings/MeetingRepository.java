package org.kzcz.relations.meetings;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

	Optional<Meeting> findBySlug(String slug);

	boolean existsBySlug(String slug);

}
