package org.kzcz.relations.history;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "History", description = "Every recorded change of one resource, oldest first")
record HistoryResponse(String resource, String id, boolean deleted, List<HistoryEntry> entries) {
}
