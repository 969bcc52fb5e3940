package org.kzcz.relations.curation;

import org.kzcz.relations.common.curation.MergePatch;
import org.kzcz.relations.common.curation.References;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What every curation service needs besides its own repository and reads: reference
 * checks, merge patches, and SQL for the child rows.
 */
@Component
public record CurationSupport(References references, MergePatch mergePatch, JdbcClient jdbc) {

}
