package org.kzcz.relations.history;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.kzcz.relations.common.NotFoundException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class HistoryService {

	private static final TypeReference<Map<String, Object>> STATE = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	HistoryService(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	HistoryResponse history(AuditedResource resource, String id) {
		long rowId = rowId(resource, id);
		List<HistoryEntry> entries = this.jdbc.sql("""
				select id, action, changed_at, actor, row_data::text as state
				from audit_log where table_name = :table and row_id = :rowId order by id
				""").param("table", resource.table()).param("rowId", rowId).query((rs, n) -> entry(rs)).list();
		boolean deleted = !entries.isEmpty() && entries.get(entries.size() - 1).action().equals("DELETE");
		return new HistoryResponse(resource.collection(), id, deleted, entries);
	}

	SnapshotResponse asOf(AuditedResource resource, String id, Instant asOf) {
		long rowId = rowId(resource, id);
		HistoryEntry entry = this.jdbc.sql("""
				select id, action, changed_at, actor, row_data::text as state
				from audit_log where table_name = :table and row_id = :rowId and changed_at <= :asOf
				order by id desc limit 1
				""")
			.param("table", resource.table())
			.param("rowId", rowId)
			.param("asOf", java.sql.Timestamp.from(asOf))
			.query((rs, n) -> entry(rs))
			.optional()
			.filter((found) -> !found.action().equals("DELETE"))
			.orElseThrow(() -> new NotFoundException(resource.collection() + " (as of " + asOf + ")", id));
		return new SnapshotResponse(resource.collection(), id, asOf, entry.revision(), entry.changedAt(), entry.actor(),
				entry.state());
	}

	/**
	 * The row id behind a public id: the live row, or for a deleted resource the last one
	 * the log knew.
	 */
	private long rowId(AuditedResource resource, String id) {
		String column = resource.slugged() ? "slug" : "id::text";
		return this.jdbc.sql("""
				select coalesce(
				  (select id from %1$s where %2$s = :id),
				  (select row_id from audit_log where table_name = :table
				     and row_data ->> '%3$s' = :id order by id desc limit 1))
				""".formatted(resource.table(), column, resource.slugged() ? "slug" : "id"))
			.param("id", id)
			.param("table", resource.table())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException(resource.collection(), id));
	}

	private HistoryEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new HistoryEntry(rs.getLong("id"), rs.getString("action"), rs.getTimestamp("changed_at").toInstant(),
				rs.getString("actor"), this.json.readValue(rs.getString("state"), STATE));
	}

}
