package org.kzcz.relations.officials;

import org.kzcz.relations.curation.CuratedRepository;

interface PersonRepository extends CuratedRepository<Person> {

}
