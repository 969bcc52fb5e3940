package org.kzcz.relations.sources;

import org.kzcz.relations.curation.CuratedRepository;

interface SourceRepository extends CuratedRepository<Source> {

}
