package app.distribu.identity.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import app.distribu.identity.token.LinkToken;
import app.distribu.identity.web.IdentityProperties;

/**
 * The step between a right password and a second factor: a random token in a short-lived
 * cookie scoped to the second-factor pages, its hash in the database. Nothing else
 * accepts it, so a password alone never opens a support session.
 */
@Component
public class PendingSignIns {

	static final String COOKIE = "DISTRIBU_SECOND_FACTOR";

	static final String PATH = "/login/second-factor";

	static final Duration LIFETIME = Duration.ofMinutes(5);

	private final PendingSignInRepository pending;

	private final Clock clock;

	private final boolean secure;

	PendingSignIns(PendingSignInRepository pending, Clock clock, IdentityProperties properties) {
		this.pending = pending;
		this.clock = clock;
		this.secure = properties.cookieSecure();
	}

	/** Starts the second step for the user; answers the {@code Set-Cookie} value. */
	String start(UUID userId) {
		String token = LinkToken.generate();
		Instant now = this.clock.instant();
		this.pending.replace(LinkToken.sha256Hex(token), userId, now.plus(LIFETIME), now);
		return cookie(token, LIFETIME);
	}

	/** Whose second step this browser is at, if it is still open. */
	public Optional<UUID> user(HttpServletRequest request) {
		return token(request).flatMap((token) -> this.pending.user(LinkToken.sha256Hex(token), this.clock.instant()));
	}

	/** Ends the second step once; empty if it was already used or has expired. */
	public Optional<UUID> finish(HttpServletRequest request) {
		return token(request).flatMap((token) -> this.pending.spend(LinkToken.sha256Hex(token), this.clock.instant()));
	}

	public String clearCookie() {
		return cookie("", Duration.ZERO);
	}

	private static Optional<String> token(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName()) && LinkToken.wellFormed(cookie.getValue())) {
				return Optional.of(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	private String cookie(String value, Duration maxAge) {
		return ResponseCookie.from(COOKIE, value)
			.httpOnly(true)
			.secure(this.secure)
			.sameSite("Strict")
			.path(PATH)
			.maxAge(maxAge)
			.build()
			.toString();
	}

}
