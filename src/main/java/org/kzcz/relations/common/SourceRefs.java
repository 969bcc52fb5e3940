package org.kzcz.relations.common;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the sources a query aggregated into one array column. Queries build it with
 * {@code array(select s.slug || '|' || s.title from ... order by s.slug)}, so a list of
 * facts and all their sources come back in one statement.
 */
public final class SourceRefs {

	private SourceRefs() {
	}

	public static List<SourceRef> fromArray(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		List<SourceRef> refs = new ArrayList<>();
		for (Object entry : (Object[]) array.getArray()) {
			String[] parts = ((String) entry).split("\\|", 2);
			refs.add(SourceRef.of(parts[0], (parts.length > 1) ? parts[1] : null));
		}
		return refs;
	}

}
