package app.distribu.customer.invite;

import org.springframework.http.HttpStatus;

import app.distribu.platform.web.DomainProblem;

/** identity-service could not issue a link; nothing was changed. */
public class LinkUnavailable extends DomainProblem {

	LinkUnavailable(Throwable cause) {
		super(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
				"The sign-in link could not be created right now. Please try again in a moment.");
		if (cause != null) {
			initCause(cause);
		}
	}

}
