package app.distribu.identity.apikey;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.identity.token.IssuedToken;
import app.distribu.identity.token.TokenIssuer;
import app.distribu.platform.events.Outbox;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.Role;
import app.distribu.platform.web.NotFound;

/** Creating, listing, revoking and exchanging a company's API keys. */
@Service
class ApiKeys {

	static final String TOPIC = "identity.events";

	private final ApiKeyRepository keys;

	private final TokenIssuer tokens;

	private final Outbox outbox;

	ApiKeys(ApiKeyRepository keys, TokenIssuer tokens, Outbox outbox) {
		this.keys = keys;
		this.tokens = tokens;
		this.outbox = outbox;
	}

	public List<ApiKeyRow> list(DistribuPrincipal me) {
		me.requireRole(Role.OWNER, Role.ADMIN);
		return this.keys.list(me.companyId());
	}

	@Transactional
	public CreatedKey create(DistribuPrincipal me, NewApiKeyForm form) {
		me.requireRole(Role.OWNER, Role.ADMIN);
		String secret = ApiKeySecret.generate();
		UUID id = UUID.randomUUID();
		String name = form.name().trim();
		List<String> scopes = form.orderedScopes();
		this.keys.insert(id, me.companyId(), name, ApiKeySecret.prefix(secret), ApiKeySecret.sha256Hex(secret), scopes,
				me.subjectId());
		return new CreatedKey(id, name, secret, scopes);
	}

	@Transactional
	public void revoke(DistribuPrincipal me, UUID id) {
		me.requireRole(Role.OWNER, Role.ADMIN);
		if (this.keys.revoke(id, me.companyId())) {
			this.outbox.publish(TOPIC, me.companyId(), ApiKeyRevoked.TYPE, new ApiKeyRevoked(id));
		}
		else if (!this.keys.exists(id, me.companyId())) {
			throw new NotFound("API key");
		}
	}

	public ExchangeResponse exchange(String key) {
		if (!ApiKeySecret.wellFormed(key)) {
			throw new InvalidApiKey();
		}
		ActiveKey active = this.keys.findActive(ApiKeySecret.sha256Hex(key)).orElseThrow(InvalidApiKey::new);
		IssuedToken token = this.tokens.apiKey(active.id(), active.companyId(), active.scopes());
		return new ExchangeResponse(token.value(), token.expiresAt(), active.id(), active.companyId(),
				active.requestsPerMinute());
	}

}
