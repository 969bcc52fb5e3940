package org.kzcz.relations.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes and hashes keys. Keys are 256 random bits, so a plain SHA-256 (not a slow
 * password hash) is the right tool: nobody can guess one to compare against the hash.
 */
final class ApiKeyHashes {

	private static final SecureRandom RANDOM = new SecureRandom();

	private ApiKeyHashes() {
	}

	static String newKey() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return "kzcz_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String key) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String prefix(String key) {
		return key.substring(0, Math.min(key.length(), 9));
	}

}
