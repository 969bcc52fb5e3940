package org.kzcz.relations.security;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A credential: only the SHA-256 hash of the key is stored, and a short prefix to
 * recognise it.
 */
@Entity
@Table(name = "api_key")
class ApiKey {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private Role role;

	private String keyPrefix;

	private String keyHash;

	private Instant createdAt;

	private String createdBy;

	private Instant revokedAt;

	protected ApiKey() {
	}

	ApiKey(String name, Role role, String keyPrefix, String keyHash, String createdBy) {
		this.name = name;
		this.role = role;
		this.keyPrefix = keyPrefix;
		this.keyHash = keyHash;
		this.createdBy = createdBy;
		this.createdAt = Instant.now();
	}

	void revoke() {
		if (this.revokedAt == null) {
			this.revokedAt = Instant.now();
		}
	}

	boolean isActive() {
		return this.revokedAt == null;
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	Role getRole() {
		return this.role;
	}

	String getKeyPrefix() {
		return this.keyPrefix;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	String getCreatedBy() {
		return this.createdBy;
	}

	Instant getRevokedAt() {
		return this.revokedAt;
	}

}
