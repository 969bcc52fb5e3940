package org.kzcz.relations.curation;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** What the curation template asks of every curated resource's repository. */
@NoRepositoryBean
public interface CuratedRepository<E extends CuratedEntity<?>> extends JpaRepository<E, Long> {

	Optional<E> findBySlug(String slug);

	boolean existsBySlug(String slug);

}
