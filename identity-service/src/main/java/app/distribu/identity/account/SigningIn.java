package app.distribu.identity.account;

import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import app.distribu.identity.token.TokenIssuer;

/** Email + password sign-in into the user's first company, or the support console. */
@Service
class SigningIn {

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final TokenIssuer tokens;

	private final String unknownUserHash;

	SigningIn(AccountRepository accounts, PasswordEncoder passwords, TokenIssuer tokens) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.tokens = tokens;
		// Checking unknown emails against a real hash takes as long as a wrong password,
		// so response times do not reveal which emails have accounts.
		this.unknownUserHash = passwords.encode("not-a-real-password-" + System.nanoTime());
	}

	public Optional<SignedIn> signIn(String email, String password) {
		if (email == null || email.isBlank() || password == null || password.isEmpty()) {
			return Optional.empty();
		}
		Optional<Credentials> credentials = this.accounts.credentials(email);
		String hash = credentials.map(Credentials::passwordHash).orElse(this.unknownUserHash);
		boolean matches = this.passwords.matches(password, hash);
		if (credentials.isEmpty() || !matches) {
			return Optional.empty();
		}
		Credentials user = credentials.get();
		if (user.support()) {
			// Support accounts are staff-only: they never act inside a company.
			return Optional.of(new SignedIn(this.tokens.support(user.userId(), user.email(), user.name()), true));
		}
		return this.accounts.firstSession(user.userId())
			.map((session) -> new SignedIn(this.tokens.session(session), false));
	}

}
