package org.kzcz.relations.projects;

import org.kzcz.relations.curation.CuratedRepository;

interface ProjectRepository extends CuratedRepository<Project> {

}
