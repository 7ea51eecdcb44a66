package app.distribu.identity.sso;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * ID token decoders per registration. Spring's own factory caches one per registration id
 * forever; ours are keyed by the issuer, key set and client as well, so an owner who
 * moves to another provider is not checked against the old one's keys. Keys are fetched
 * through the outbound guard ({@link ProviderHttp}).
 */
class IdTokenDecoders implements JwtDecoderFactory<ClientRegistration> {

	private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

	private final ProviderHttp provider;

	IdTokenDecoders(ProviderHttp provider) {
		this.provider = provider;
	}

	@Override
	public JwtDecoder createDecoder(ClientRegistration registration) {
		String key = registration.getRegistrationId() + "\n" + registration.getProviderDetails().getIssuerUri() + "\n"
				+ registration.getProviderDetails().getJwkSetUri() + "\n" + registration.getClientId();
		return this.decoders.computeIfAbsent(key, (ignored) -> build(registration));
	}

	private JwtDecoder build(ClientRegistration registration) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(registration.getProviderDetails().getJwkSetUri())
			.restOperations(this.provider.keys())
			.build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
				new OidcIdTokenValidator(registration)));
		decoder.setClaimSetConverter(
				new MappedJwtClaimSetConverter(OidcIdTokenDecoderFactory.createDefaultClaimTypeConverters()));
		return decoder;
	}

}
