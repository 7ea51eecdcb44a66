package app.distribu.identity.account;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The application's only {@link PasswordEncoder}: every hash and verification (sign-in,
 * sign-up, reset, password change) passes the {@link HashingGuard}.
 */
class GuardedPasswordEncoder implements PasswordEncoder {

	private final PasswordEncoder delegate;

	private final HashingGuard guard;

	GuardedPasswordEncoder(PasswordEncoder delegate, HashingGuard guard) {
		this.delegate = delegate;
		this.guard = guard;
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return this.guard.run(() -> this.delegate.encode(rawPassword));
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		return this.guard.run(() -> this.delegate.matches(rawPassword, encodedPassword));
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.delegate.upgradeEncoding(encodedPassword);
	}

}
