package app.distribu.billing.provider;

import org.springframework.http.HttpStatus;

import app.distribu.platform.web.DomainProblem;

/**
 * The provider said no (or could not be reached) to something support or an owner asked.
 */
public class ProviderRefused extends DomainProblem {

	public ProviderRefused(String message) {
		super(HttpStatus.BAD_GATEWAY, "Payment provider refused", message);
	}

}
