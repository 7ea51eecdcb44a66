package app.distribu.platform.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/** A verified token whose principal is a {@link DistribuPrincipal}. */
public class DistribuAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

	private final DistribuPrincipal principal;

	DistribuAuthentication(Jwt jwt, DistribuPrincipal principal, Collection<? extends GrantedAuthority> authorities) {
		super(jwt, principal, jwt, authorities);
		this.principal = principal;
		setAuthenticated(true);
	}

	@Override
	public java.util.Map<String, Object> getTokenAttributes() {
		return getToken().getClaims();
	}

	@Override
	public DistribuPrincipal getPrincipal() {
		return this.principal;
	}

}
