package org.kzcz.relations.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ApiKeyRepository extends ListCrudRepository<ApiKey, Long> {

	Optional<ApiKey> findByKeyHash(String keyHash);

	boolean existsByRoleAndRevokedAtIsNull(Role role);

	List<ApiKey> findAllByOrderById();

}
