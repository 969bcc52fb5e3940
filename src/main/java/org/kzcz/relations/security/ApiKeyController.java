package org.kzcz.relations.security;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.kzcz.relations.common.web.ApiController;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

@ApiController(path = "/api/v1/admin/api-keys", tag = "Admin: API keys",
		description = "Create, list and revoke curator and admin credentials (admin only)")
@SecurityRequirement(name = "apiKey")
// The URL rule already admits admins only; this is the second lock on the credentials.
@PreAuthorize("hasRole('ADMIN')")
class ApiKeyController {

	private final ApiKeyService keys;

	ApiKeyController(ApiKeyService keys) {
		this.keys = keys;
	}

	@GetMapping
	@Operation(summary = "List API keys (never their secrets)", description = """
			Admins only. Every key, revoked ones included: its name, role, the first characters of its secret (to \
			tell keys apart), who created it and when, and when it was revoked. Secrets are kept only as hashes.""")
	ResponseEntity<List<ApiKeyResponse>> list() {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(this.keys.list());
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create an API key; the secret is in this response only", description = """
			Admins only. Creates a CURATOR or ADMIN key. The secret cannot be shown again: store it now, and \
			revoke the key and create another if it is lost.""")
	ResponseEntity<CreatedApiKeyResponse> create(@Valid @RequestBody CreateApiKeyRequest request) {
		ApiKeyService.CreatedApiKey created = this.keys.create(request.name().trim(), request.role(),
				CurrentActor.name());
		return ResponseEntity.created(URI.create("/api/v1/admin/api-keys/" + created.apiKey().id()))
			.cacheControl(CacheControl.noStore())
			.body(new CreatedApiKeyResponse(created.apiKey(), created.secret()));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Revoke an API key; it stops working at once", description = """
			Admins only. Requests sending the key get 401 from then on. The key stays in the list with its \
			revokedAt; revoking it again changes nothing.""")
	ResponseEntity<Void> revoke(@PathVariable long id) {
		this.keys.revoke(id);
		return ResponseEntity.noContent().build();
	}

	@Schema(name = "CreateApiKeyRequest")
	record CreateApiKeyRequest(@NotBlank @Size(max = 100) @Schema(example = "Jana (curator)") String name,
			@NotNull @Schema(example = "CURATOR") Role role) {
	}

	@Schema(name = "CreatedApiKey", description = "The new key's metadata and its secret, shown only this once")
	record CreatedApiKeyResponse(ApiKeyResponse apiKey, @Schema(example = "kzcz_3q2...") String secret) {
	}

}
