package app.distribu.identity.contact;

import org.springframework.http.HttpStatus;

import app.distribu.platform.web.DomainProblem;

class TooManyLinks extends DomainProblem {

	TooManyLinks() {
		super(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", "This contact was sent "
				+ ContactLinks.SIGN_IN_LINKS_PER_HOUR + " sign-in links in the last hour. Try again later.");
	}

}
