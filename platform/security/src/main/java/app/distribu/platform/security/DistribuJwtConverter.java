package app.distribu.platform.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** Reads identity-service's claims into a {@link DistribuPrincipal}. */
public class DistribuJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		PrincipalKind kind = PrincipalKind.valueOf(jwt.getClaimAsString(TokenClaims.KIND));
		Set<Role> roles = EnumSet.noneOf(Role.class);
		listClaim(jwt, TokenClaims.ROLES).forEach((role) -> roles.add(Role.valueOf(role)));
		Set<String> scopes = new LinkedHashSet<>(listClaim(jwt, TokenClaims.SCOPES));
		DistribuPrincipal principal = new DistribuPrincipal(kind, UUID.fromString(jwt.getSubject()),
				UUID.fromString(jwt.getClaimAsString(TokenClaims.COMPANY_ID)),
				jwt.getClaimAsString(TokenClaims.COMPANY_NAME), jwt.getClaimAsString(TokenClaims.COMPANY_SLUG), roles,
				scopes, jwt.getClaimAsString(TokenClaims.EMAIL), jwt.getClaimAsString(TokenClaims.NAME),
				companies(jwt));
		List<GrantedAuthority> authorities = new ArrayList<>();
		roles.forEach((role) -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
		scopes.forEach((scope) -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
		authorities.add(new SimpleGrantedAuthority("KIND_" + kind.name()));
		return new DistribuAuthentication(jwt, principal, authorities);
	}

	private static List<CompanyRef> companies(Jwt jwt) {
		Object claim = jwt.getClaim(TokenClaims.COMPANIES);
		if (!(claim instanceof List<?> entries)) {
			return List.of();
		}
		List<CompanyRef> companies = new ArrayList<>();
		for (Object entry : entries) {
			if (entry instanceof Map<?, ?> company) {
				companies.add(new CompanyRef(UUID.fromString(String.valueOf(company.get("id"))),
						String.valueOf(company.get("name"))));
			}
		}
		return List.copyOf(companies);
	}

	private static List<String> listClaim(Jwt jwt, String name) {
		List<String> values = jwt.getClaimAsStringList(name);
		return (values != null) ? values : List.of();
	}

}
