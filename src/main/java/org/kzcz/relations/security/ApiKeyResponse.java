package org.kzcz.relations.security;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "ApiKey", description = "A credential, without its secret")
record ApiKeyResponse(long id, String name, Role role, @Schema(example = "kzcz_Ab3d") String prefix, Instant createdAt,
		String createdBy, Instant revokedAt) {

	static ApiKeyResponse of(ApiKey key) {
		return new ApiKeyResponse(key.getId(), key.getName(), key.getRole(), key.getKeyPrefix(), key.getCreatedAt(),
				key.getCreatedBy(), key.getRevokedAt());
	}

}
