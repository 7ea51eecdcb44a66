package app.distribu.identity.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import app.distribu.platform.security.PublicPaths;

@Configuration(proxyBeanMethods = false)
class AccountSecurity {

	@Bean
	PublicPaths identityPublicPaths() {
		return PublicPaths.of("/", "/signup", "/login", "/logout", "/.well-known/jwks.json",
				"/internal/api-keys/exchange", "/internal/sessions/*", PendingSignIns.PATH,
				PendingSignIns.PATH + "/**");
	}

	/**
	 * Argon2id with OWASP's minimum parameters (19 MiB, 2 iterations), at most
	 * {@link HashingProperties#permits()} at a time.
	 */
	@Bean
	PasswordEncoder passwordEncoder(HashingGuard guard) {
		return new GuardedPasswordEncoder(new Argon2PasswordEncoder(16, 32, 1, 19456, 2), guard);
	}

	@Bean
	HashingGuard hashingGuard(HashingProperties hashing) {
		return new HashingGuard(hashing.permits(), hashing.maxWait());
	}

	/**
	 * Spring Security's own logout filter answers {@code POST /logout} (CSRF-checked); it
	 * must also clear the session cookie and land on the sign-in page.
	 */
	@Bean
	Customizer<HttpSecurity> sessionCookieLogout(SessionCookie cookie) {
		return (http) -> http.logout((logout) -> logout.logoutUrl("/logout")
			.addLogoutHandler(
					(request, response, authentication) -> response.addHeader(HttpHeaders.SET_COOKIE, cookie.clear()))
			.logoutSuccessUrl("/login?signedOut"));
	}

}
