package org.kzcz.relations.architecture;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.servlet.ServletResponse;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the package-by-feature layout honest: features do not depend on each other in
 * cycles, the shared packages never reach into a feature and are split by purpose, one
 * class writes every problem body outside Spring MVC, and entities stay out of the web
 * layer's answers.
 */
@AnalyzeClasses(packages = "org.kzcz.relations", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule featuresAreFreeOfCycles = slices().matching("org.kzcz.relations.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule commonDependsOnNoFeature = noClasses().that()
		.resideInAPackage("org.kzcz.relations.common..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.kzcz.relations.countries..", "org.kzcz.relations.officials..",
				"org.kzcz.relations.organizations..", "org.kzcz.relations.meetings..",
				"org.kzcz.relations.agreements..", "org.kzcz.relations.projects..", "org.kzcz.relations.trade..",
				"org.kzcz.relations.sources..", "org.kzcz.relations.search..", "org.kzcz.relations.timeline..",
				"org.kzcz.relations.history..", "org.kzcz.relations.security..", "org.kzcz.relations.ratelimit..");

	@ArchTest
	static final ArchRule commonIsSplitByPurpose = classes().that()
		.resideInAPackage("org.kzcz.relations.common..")
		.should()
		.resideInAnyPackage("org.kzcz.relations.common.problems", "org.kzcz.relations.common.guards",
				"org.kzcz.relations.common.paging", "org.kzcz.relations.common.reads",
				"org.kzcz.relations.common.caching", "org.kzcz.relations.common.curation",
				"org.kzcz.relations.common.facts", "org.kzcz.relations.common.metrics",
				"org.kzcz.relations.common.web");

	/**
	 * Bodies are written by Spring MVC's converters; outside it, only FilterProblems
	 * (every problem a filter answers with) and the response cache (an answer recorded
	 * earlier) write to the servlet response themselves.
	 */
	@ArchTest
	static final ArchRule oneWriterOfProblemsOutsideSpringMvc = noClasses().that()
		.haveNameNotMatching(
				"org\\.kzcz\\.relations\\.common\\.(problems\\.FilterProblems|caching\\.ResponseCacheFilter(\\$.*)?)")
		.should()
		.callMethodWhere(JavaCall.Predicates
			.target(HasOwner.Predicates.With.owner(JavaClass.Predicates.assignableTo(ServletResponse.class)))
			.and(JavaCall.Predicates.target(HasName.Predicates.nameMatching("getOutputStream|getWriter"))));

	@ArchTest
	static final ArchRule controllersDoNotTouchRepositoriesOrEntityManagers = noClasses().that()
		.haveSimpleNameEndingWith("Controller")
		.should()
		.dependOnClassesThat()
		.haveSimpleNameEndingWith("Repository");

	@ArchTest
	static final ArchRule noLayerFirstPackages = noClasses().should()
		.resideInAnyPackage("..controllers..", "..services..", "..repositories..");

}
