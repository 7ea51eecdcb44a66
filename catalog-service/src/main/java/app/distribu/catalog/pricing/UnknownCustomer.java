package app.distribu.catalog.pricing;

import java.util.UUID;

import app.distribu.platform.web.Unprocessable;

public class UnknownCustomer extends Unprocessable {

	public UnknownCustomer(UUID customerId) {
		super("Unknown customer: " + customerId);
	}

}
