package app.distribu.identity.account;

import java.time.Duration;

import org.springframework.http.HttpStatus;

import app.distribu.platform.web.DomainProblem;

/** Sign-in refused before checking the password: too many recent failures. */
public class TooManyAttempts extends DomainProblem {

	private final Duration retryAfter;

	TooManyAttempts(Duration retryAfter) {
		super(HttpStatus.TOO_MANY_REQUESTS, "Too many attempts", message(retryAfter));
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

	private static String message(Duration wait) {
		long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
		return "Too many attempts. Try again in " + minutes + ((minutes == 1) ? " minute." : " minutes.");
	}

}
