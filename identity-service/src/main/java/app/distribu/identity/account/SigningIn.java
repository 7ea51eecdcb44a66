package app.distribu.identity.account;

import java.util.Optional;

import io.micrometer.core.instrument.Metrics;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import app.distribu.identity.token.TokenIssuer;

/**
 * Email + password sign-in into the user's first company, or the first step into the
 * support console; throttled against guessing.
 */
@Service
public class SigningIn {

	private final AccountRepository accounts;

	private final Users users;

	private final PasswordEncoder passwords;

	private final TokenIssuer tokens;

	private final SignInThrottle throttle;

	private volatile String unknownUserHash;

	SigningIn(AccountRepository accounts, Users users, PasswordEncoder passwords, TokenIssuer tokens,
			SignInThrottle throttle) {
		this.accounts = accounts;
		this.users = users;
		this.passwords = passwords;
		this.tokens = tokens;
		this.throttle = throttle;
	}

	Optional<SignedIn> signIn(String email, String password, String clientAddress) {
		Optional<Credentials> credentials = check(email, password, clientAddress);
		if (credentials.isEmpty()) {
			return Optional.empty();
		}
		Credentials user = credentials.get();
		if (user.support()) {
			// Support accounts are staff-only (never inside a company), and their
			// session waits for the second factor.
			return Optional.of(SignedIn.secondFactorNeeded(user.userId()));
		}
		return this.users.firstSession(user.userId()).map((session) -> SignedIn.session(this.tokens.session(session)));
	}

	/**
	 * Whether the password is the account's, for confirming something else with it (an
	 * SSO link); counted by the throttle exactly like a sign-in.
	 */
	public boolean passwordMatches(String email, String password, String clientAddress) {
		return check(email, password, clientAddress).isPresent();
	}

	private Optional<Credentials> check(String email, String password, String clientAddress) {
		if (email == null || email.isBlank() || password == null || password.isEmpty()) {
			return Optional.empty();
		}
		SignInThrottle.Attempt attempt = this.throttle.begin(email, clientAddress);
		Optional<Credentials> credentials = this.accounts.credentials(email);
		boolean matches;
		try {
			String hash = credentials.map(Credentials::passwordHash).orElseGet(this::unknownUserHash);
			matches = this.passwords.matches(password, hash);
		}
		catch (HashingBusy busy) {
			this.throttle.abandoned(attempt);
			throw busy;
		}
		if (credentials.isEmpty() || !matches) {
			Metrics.counter("distribu.signin.failures", "reason", "bad_credentials").increment();
			this.throttle.failed(attempt);
			return Optional.empty();
		}
		this.throttle.succeeded(attempt);
		return credentials;
	}

	/**
	 * Checking unknown emails against a real hash takes as long as a wrong password, so
	 * response times do not reveal which emails have accounts. Made on first use, since
	 * hashing passes the guard and belongs to a request.
	 */
	private String unknownUserHash() {
		String hash = this.unknownUserHash;
		if (hash == null) {
			hash = this.passwords.encode("not-a-real-password-" + System.nanoTime());
			this.unknownUserHash = hash;
		}
		return hash;
	}

}
