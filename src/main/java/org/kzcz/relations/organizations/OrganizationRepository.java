package org.kzcz.relations.organizations;

import org.kzcz.relations.curation.CuratedRepository;

interface OrganizationRepository extends CuratedRepository<Organization> {

}
