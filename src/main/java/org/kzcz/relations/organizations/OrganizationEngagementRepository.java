package org.kzcz.relations.organizations;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganizationEngagementRepository extends JpaRepository<OrganizationEngagement, Long> {

	List<OrganizationEngagement> findByOrganization(Organization organization);

}
