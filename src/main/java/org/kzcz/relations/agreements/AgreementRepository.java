package org.kzcz.relations.agreements;

import org.kzcz.relations.curation.CuratedRepository;

interface AgreementRepository extends CuratedRepository<Agreement> {

}
