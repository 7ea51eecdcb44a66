package app.distribu.platform.security;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The verified caller. {@code companyId} is the tenant every query must be filtered by;
 * it always comes from the signed token, never from the URL or the body.
 */
public record DistribuPrincipal(PrincipalKind kind, UUID subjectId, UUID companyId, String companyName,
		String companySlug, Set<Role> roles, Set<String> scopes, String email, String name,
		List<CompanyRef> companies) {

	/** The company of a support session: none. */
	public static final UUID NO_COMPANY = new UUID(0, 0);

	/** API keys must hold the scope; users and contacts are governed by their roles. */
	public void requireScope(String scope) {
		if (this.kind == PrincipalKind.API_KEY && !this.scopes.contains(scope)) {
			throw new MissingScope(scope);
		}
	}

	/** Only team members holding one of the roles may pass. */
	public void requireRole(Role... allowed) {
		if (this.kind != PrincipalKind.USER || Arrays.stream(allowed).noneMatch(this.roles::contains)) {
			throw new NotPermitted();
		}
	}

	public boolean isUser() {
		return this.kind == PrincipalKind.USER;
	}

	/** Only the installation's support staff may pass. */
	public void requireSupport() {
		if (this.kind != PrincipalKind.SUPPORT) {
			throw new NotPermitted();
		}
	}

	/** Whether the header should offer a company switcher. */
	public boolean hasSeveralCompanies() {
		return this.companies.size() > 1;
	}

}
