package org.kzcz.relations.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the package-by-feature layout honest: features do not depend on each other in
 * cycles, the shared packages never reach into a feature, and entities stay out of the
 * web layer's answers.
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
	static final ArchRule controllersDoNotTouchRepositoriesOrEntityManagers = noClasses().that()
		.haveSimpleNameEndingWith("Controller")
		.should()
		.dependOnClassesThat()
		.haveSimpleNameEndingWith("Repository");

	@ArchTest
	static final ArchRule noLayerFirstPackages = noClasses().should()
		.resideInAnyPackage("..controllers..", "..services..", "..repositories..");

}
