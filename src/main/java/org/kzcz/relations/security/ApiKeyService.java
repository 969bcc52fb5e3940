package org.kzcz.relations.security;

import java.util.List;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.kzcz.relations.common.problems.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

@Service
class ApiKeyService {

	private static final Log log = LogFactory.getLog(ApiKeyService.class);

	private final ApiKeyRepository keys;

	private final JdbcClient jdbc;

	private final String bootstrapAdminKey;

	ApiKeyService(ApiKeyRepository keys, JdbcClient jdbc,
			@Value("${app.security.bootstrap-admin-key:}") String bootstrapAdminKey) {
		this.keys = keys;
		this.jdbc = jdbc;
		this.bootstrapAdminKey = bootstrapAdminKey;
	}

	@Transactional(readOnly = true)
	Optional<ApiKeyPrincipal> authenticate(String rawKey) {
		return this.keys.findByKeyHash(ApiKeyHashes.hash(rawKey))
			.filter(ApiKey::isActive)
			.map((key) -> new ApiKeyPrincipal(key.getId(), key.getName(), key.getRole()));
	}

	@Transactional
	CreatedApiKey create(String name, Role role, String createdBy) {
		String raw = ApiKeyHashes.newKey();
		ApiKey key = this.keys
			.save(new ApiKey(name, role, ApiKeyHashes.prefix(raw), ApiKeyHashes.hash(raw), createdBy));
		return new CreatedApiKey(ApiKeyResponse.of(key), raw);
	}

	@Transactional
	void revoke(long id) {
		ApiKey key = this.keys.findById(id).orElseThrow(() -> new NotFoundException("API key", id));
		key.revoke();
	}

	@Transactional(readOnly = true)
	List<ApiKeyResponse> list() {
		return this.keys.findAllByOrderById().stream().map(ApiKeyResponse::of).toList();
	}

	/**
	 * The first admin: from {@code app.security.bootstrap-admin-key}
	 * (APP_SECURITY_BOOTSTRAP_ADMIN_KEY) when set, otherwise, if no admin key exists yet,
	 * a new one printed once to the log. No default key is in the code.
	 * <p>
	 * Instances started together on an empty database would each find no admin and each
	 * create one (or all insert the configured key, and all but one fail on its unique
	 * hash): a transaction-scoped advisory lock makes them take turns, and the later ones
	 * find the first one's key.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void bootstrapAdmin() {
		this.jdbc.sql("select 1 from pg_advisory_xact_lock(hashtext('kzcz-relations:bootstrap-admin'))")
			.query(Integer.class)
			.single();
		if (StringUtils.hasText(this.bootstrapAdminKey)) {
			String hash = ApiKeyHashes.hash(this.bootstrapAdminKey);
			if (this.keys.findByKeyHash(hash).isEmpty()) {
				this.keys.save(new ApiKey("bootstrap admin", Role.ADMIN, ApiKeyHashes.prefix(this.bootstrapAdminKey),
						hash, "configuration"));
			}
			return;
		}
		if (!this.keys.existsByRoleAndRevokedAtIsNull(Role.ADMIN)) {
			CreatedApiKey created = create("bootstrap admin", Role.ADMIN, "first start");
			log.warn("No admin API key existed, so one was created. It is shown only this once; keep it safe: "
					+ created.secret());
		}
	}

	record CreatedApiKey(ApiKeyResponse apiKey, String secret) {
	}

}
