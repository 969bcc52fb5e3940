package org.kzcz.relations.officials;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Locale;

import org.kzcz.relations.common.facts.CountryCodes;
import org.kzcz.relations.common.facts.SearchTerms;

/**
 * The filters of the officials list. The post filters (country, postedTo, organization,
 * role, activeOn) must all hold for one and the same post.
 *
 * @param country alpha-2 code of the country a post represents, upper case
 * @param postedTo alpha-2 code of the country a post is posted to, upper case
 * @param organization slug of the organization of a post
 * @param roleKind the kind of role, when the role filter named one
 * @param roleText words of the role title, when the role filter was free text
 * @param activeOn a date the post was held on
 * @param q full-text query on the person
 */
record OfficialCriteria(String country, String postedTo, String organization, RoleKind roleKind, String roleText,
		LocalDate activeOn, String q) {

	static OfficialCriteria of(String country, String postedTo, String organization, String role, LocalDate activeOn,
			String q) {
		RoleKind roleKind = null;
		String roleText = null;
		if (hasText(role)) {
			roleKind = roleKind(role.trim());
			roleText = (roleKind != null) ? null : role.trim();
		}
		return new OfficialCriteria(CountryCodes.parameter("country", country),
				CountryCodes.parameter("postedTo", postedTo),
				hasText(organization) ? organization.trim().toLowerCase(Locale.ROOT) : null, roleKind, roleText,
				activeOn, SearchTerms.parameter("q", q));
	}

	/** Every filter as a query parameter, null where it is not given. */
	Map<String, Object> params() {
		Map<String, Object> params = new HashMap<>();
		params.put("q", this.q);
		params.put("filtersPosts", filtersPosts());
		params.put("country", this.country);
		params.put("postedTo", this.postedTo);
		params.put("organization", this.organization);
		params.put("roleKind", (this.roleKind != null) ? this.roleKind.name() : null);
		params.put("roleText", this.roleText);
		params.put("activeOn", this.activeOn);
		return params;
	}

	boolean filtersPosts() {
		return this.country != null || this.postedTo != null || this.organization != null || this.roleKind != null
				|| this.roleText != null || this.activeOn != null;
	}

	private static RoleKind roleKind(String role) {
		String name = role.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		for (RoleKind kind : RoleKind.values()) {
			if (kind.name().equals(name)) {
				return kind;
			}
		}
		return null;
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
