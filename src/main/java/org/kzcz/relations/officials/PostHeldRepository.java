package org.kzcz.relations.officials;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PostHeldRepository extends JpaRepository<PostHeld, Long> {

	Optional<PostHeld> findByIdAndPerson(long id, Person person);

}
