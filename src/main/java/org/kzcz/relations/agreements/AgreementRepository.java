package org.kzcz.relations.agreements;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementRepository extends JpaRepository<Agreement, Long> {

	Optional<Agreement> findBySlug(String slug);

	boolean existsBySlug(String slug);

}
