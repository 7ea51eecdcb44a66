package app.distribu.identity.apikey;

import org.springframework.http.HttpStatus;

import app.distribu.platform.web.DomainProblem;

class InvalidApiKey extends DomainProblem {

	InvalidApiKey() {
		super(HttpStatus.UNAUTHORIZED, "Unauthorized", "The API key is unknown or has been revoked.");
	}

}
