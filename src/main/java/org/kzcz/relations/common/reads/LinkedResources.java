package org.kzcz.relations.common.reads;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.kzcz.relations.common.facts.SourceRef;

/**
 * The lists of linked resources that several answers share (the sources a fact cites, the
 * projects discussed or underpinned, the organizations taking part with a role), each
 * written once as a subquery that builds a JSON array for {@link Columns#list}. The
 * resources are linked to a row of the outer query through a link table {@code link}
 * whose column {@code key} holds that row's id {@code owner} (an expression of the outer
 * query, such as {@code m.id}). Every array is empty, never null, when nothing is linked.
 */
public final class LinkedResources {

	private LinkedResources() {
	}

	/** The sources cited, as {@link SourceRef}s by slug. */
	public static String sources(String link, String key, String owner) {
		return list(
				"json_build_object('id', linked.slug, 'title', linked.title, 'self', '/api/v1/sources/' || linked.slug)",
				"linked.slug", link, "source", key, owner);
	}

	/** The projects linked, as {@code id, name, status, self}, by name. */
	public static String projects(String link, String key, String owner) {
		return list("""
				json_build_object('id', linked.slug, 'name', linked.name, 'status', linked.status,
				                  'self', '/api/v1/projects/' || linked.slug)""", "linked.name", link, "project", key,
				owner);
	}

	/**
	 * The organizations linked with the role of the link table's {@code role} column, as
	 * {@code id, name, kind, role, self}, in the order of the roles given, then by name.
	 */
	public static String organizations(String link, String key, String owner, String... roleOrder) {
		String roles = Stream.of(roleOrder).map((role) -> "'" + role + "'").collect(Collectors.joining(", "));
		return list("""
				json_build_object('id', linked.slug, 'name', linked.name, 'kind', linked.kind, 'role', linking.role,
				                  'self', '/api/v1/organizations/' || linked.slug)""",
				"array_position(array[" + roles + "], linking.role), linked.name", link, "organization", key, owner);
	}

	private static String list(String element, String order, String link, String table, String key, String owner) {
		return """
				(select coalesce(json_agg(%1$s order by %2$s), '[]')
				 from %3$s linking join %4$s linked on linked.id = linking.%4$s_id
				 where linking.%5$s = %6$s)""".formatted(element, order, link, table, key, owner);
	}

}
