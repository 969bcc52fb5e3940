package org.kzcz.relations.projects;

import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.web.bind.annotation.RequestParam;

/**
 * The filters of the project list, as given; {@link ProjectService} checks them.
 *
 * @param country alpha-2 code of a country involved
 * @param status project status
 */
record ProjectFilter(
		@Parameter(description = "Alpha-2 code (any case) of a country involved",
				example = "KZ") @RequestParam(required = false) String country,
		@Parameter(description = "Project status",
				example = "ACTIVE") @RequestParam(required = false) ProjectStatus status) {
}
