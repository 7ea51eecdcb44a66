package app.distribu.identity.sso;

import org.springframework.http.HttpStatus;

import app.distribu.platform.web.DomainProblem;

/** Why SSO cannot be configured or used; the pages show the message. */
class SsoProblem extends DomainProblem {

	static final String ENTERPRISE_ONLY = "Single sign-on is an Enterprise feature. Upgrade to the Enterprise plan to "
			+ "sign your team in through your identity provider.";

	private final String key;

	private SsoProblem(HttpStatus status, String title, String detail, String key) {
		super(status, title, detail);
		this.key = key;
	}

	/** Names the reason in {@code /login/sso?error=...}. */
	String key() {
		return this.key;
	}

	static SsoProblem enterpriseOnly() {
		return new SsoProblem(HttpStatus.FORBIDDEN, "Enterprise feature", ENTERPRISE_ONLY, "enterprise");
	}

	static SsoProblem notEnabled(String company) {
		return new SsoProblem(HttpStatus.FORBIDDEN, "SSO not enabled",
				company + " has not turned on single sign-on. Sign in with your email and password.", "disabled");
	}

	static SsoProblem supportAccount() {
		return new SsoProblem(HttpStatus.FORBIDDEN, "Support account",
				"Support accounts sign in with their password, not through a company's provider.", "support");
	}

	static SsoProblem confirmationExpired() {
		return new SsoProblem(HttpStatus.GONE, "Confirmation expired",
				"This confirmation has expired or has already been used. Sign in with SSO again.", "expired");
	}

	static SsoProblem unknownStore() {
		return new SsoProblem(HttpStatus.NOT_FOUND, "Unknown store", "There is no store with that address.", "unknown");
	}

	static SsoProblem providerUnusable(String detail) {
		return new SsoProblem(HttpStatus.UNPROCESSABLE_CONTENT, "Identity provider unusable", detail, "provider");
	}

}
