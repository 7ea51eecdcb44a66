package app.distribu.platform.security;

import org.springframework.http.HttpStatus;

import app.distribu.platform.web.DomainProblem;

/** An API key without the scope an endpoint needs: 403 naming the scope. */
public class MissingScope extends DomainProblem {

	public MissingScope(String scope) {
		super(HttpStatus.FORBIDDEN, "Missing scope", "This API key is missing the " + scope
				+ " scope. Scopes can't be changed after creation: " + "create a new key with " + scope + " checked.");
	}

}
