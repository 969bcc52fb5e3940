package org.kzcz.relations.projects;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectRepository extends JpaRepository<Project, Long> {

	Optional<Project> findBySlug(String slug);

	boolean existsBySlug(String slug);

}
