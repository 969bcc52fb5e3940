package org.kzcz.relations.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.kzcz.relations.common.problems.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class HistoryService {

	private final JdbcClient jdbc;

	private final AuditStates states;

	HistoryService(JdbcClient jdbc, AuditStates states) {
		this.jdbc = jdbc;
		this.states = states;
	}

	HistoryResponse history(AuditedResource resource, String id) {
		long rowId = rowId(resource, id);
		List<HistoryEntry> entries = entries(resource, this.jdbc.sql("""
				select id, action, changed_at, actor, row_data::text as state
				from audit_log where table_name = :table and row_id = :rowId order by id
				""").param("table", resource.table()).param("rowId", rowId).query((rs, n) -> row(rs)).list());
		boolean deleted = !entries.isEmpty() && entries.get(entries.size() - 1).action().equals("DELETE");
		return new HistoryResponse(resource.collection(), id, deleted, entries);
	}

	SnapshotResponse asOf(AuditedResource resource, String id, Instant asOf) {
		long rowId = rowId(resource, id);
		StoredEntry stored = this.jdbc.sql("""
				select id, action, changed_at, actor, row_data::text as state
				from audit_log where table_name = :table and row_id = :rowId and changed_at <= :asOf
				order by id desc limit 1
				""")
			.param("table", resource.table())
			.param("rowId", rowId)
			.param("asOf", java.sql.Timestamp.from(asOf))
			.query((rs, n) -> row(rs))
			.optional()
			.filter((found) -> !found.action().equals("DELETE"))
			.orElseThrow(() -> new NotFoundException(resource.collection() + " (as of " + asOf + ")", id));
		HistoryEntry entry = entries(resource, List.of(stored)).get(0);
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

	private List<HistoryEntry> entries(AuditedResource resource, List<StoredEntry> stored) {
		List<Map<String, Object>> states = this.states.states(resource.table(),
				stored.stream().map(StoredEntry::rowData).toList());
		return java.util.stream.IntStream.range(0, stored.size()).mapToObj((i) -> {
			StoredEntry entry = stored.get(i);
			return new HistoryEntry(entry.revision(), entry.action(), entry.changedAt(), entry.actor(), states.get(i));
		}).toList();
	}

	private static StoredEntry row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new StoredEntry(rs.getLong("id"), rs.getString("action"), rs.getTimestamp("changed_at").toInstant(),
				rs.getString("actor"), rs.getString("state"));
	}

	/** One audit log row, its record still as stored. */
	private record StoredEntry(long revision, String action, Instant changedAt, String actor, String rowData) {
	}

}
