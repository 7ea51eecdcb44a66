package app.distribu.identity.sso;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;

/**
 * Spring Security's view of each company's provider: registration id = company id. The
 * settings are read from the database on every lookup (one row), so a change made on
 * another replica applies at once; only the built registration (which costs a discovery
 * fetch) is cached, keyed by the settings it was built from. Companies that are not on
 * Enterprise or have SSO off have no registration.
 */
@Component
class CompanyRegistrations implements ClientRegistrationRepository {

	private static final Logger log = LoggerFactory.getLogger(CompanyRegistrations.class);

	private final SsoRepository repository;

	private final SsoProperties properties;

	private final Discovery discovery;

	private final Map<UUID, Built> cache = new ConcurrentHashMap<>();

	CompanyRegistrations(SsoRepository repository, SsoProperties properties, Discovery discovery) {
		this.repository = repository;
		this.properties = properties;
		this.discovery = discovery;
	}

	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		UUID companyId;
		try {
			companyId = UUID.fromString(registrationId);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		Optional<SsoSettings> settings = usable(companyId);
		if (settings.isEmpty()) {
			return null;
		}
		Built built = this.cache.get(companyId);
		if (built != null && built.fingerprint().equals(settings.get().fingerprint())) {
			return built.registration();
		}
		try {
			ClientRegistration registration = build(settings.get());
			this.cache.put(companyId, new Built(settings.get().fingerprint(), registration));
			return registration;
		}
		catch (RuntimeException ex) {
			// The provider is down or misconfigured: sign-in fails with a clear page
			// instead of an error, and the next attempt tries again.
			log.warn("Could not load the OpenID Connect configuration of company {} from {}: {}", companyId,
					settings.get().issuer(), ex.getMessage());
			return null;
		}
	}

	/** The settings when the company may use SSO right now. */
	Optional<SsoSettings> usable(UUID companyId) {
		boolean enterprise = this.repository.company(companyId).map(SsoCompany::enterprise).orElse(false);
		if (!enterprise) {
			return Optional.empty();
		}
		return this.repository.settings(companyId).filter(SsoSettings::enabled);
	}

	void forget(UUID companyId) {
		this.cache.remove(companyId);
	}

	/**
	 * From our own discovery fetch (Spring's would follow redirects). No user-info
	 * endpoint: the ID token carries what sign-in needs, so nothing else is fetched.
	 */
	private ClientRegistration build(SsoSettings settings) {
		ProviderMetadata provider = this.discovery.fetch(settings.issuer());
		return ClientRegistration.withRegistrationId(settings.companyId().toString())
			.clientId(settings.clientId())
			.clientSecret(settings.clientSecret())
			.clientAuthenticationMethod(provider.clientSecretPostOnly() ? ClientAuthenticationMethod.CLIENT_SECRET_POST
					: ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.scope("openid", "email", "profile")
			.redirectUri(this.properties.redirectUriTemplate())
			.authorizationUri(provider.authorizationEndpoint())
			.tokenUri(provider.tokenEndpoint())
			.jwkSetUri(provider.jwksUri())
			.issuerUri(provider.issuer())
			.userNameAttributeName("sub")
			.build();
	}

	private record Built(String fingerprint, ClientRegistration registration) {

	}

}
