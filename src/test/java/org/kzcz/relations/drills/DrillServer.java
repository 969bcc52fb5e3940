package org.kzcz.relations.drills;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.kzcz.relations.support.SqlStatementCounter;
import org.kzcz.relations.support.TestcontainersConfiguration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The drills that need a real server (Tomcat on a random port, real HTTP, real threads):
 * concurrent edits, uniform errors (including what the container itself answers) and
 * response headers. They share this one context, beside the suite's MockMvc one, and the
 * same database; {@link DatabaseOutage} lets them make the database unreachable for a
 * request.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestcontainersConfiguration.class, SqlStatementCounter.class, DatabaseOutage.class })
@interface DrillServer {

}
