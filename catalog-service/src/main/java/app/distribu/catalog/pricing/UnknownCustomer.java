package app.distribu.catalog.pricing;

import java.util.UUID;

import app.distribu.platform.web.Unprocessable;

class UnknownCustomer extends Unprocessable {

	UnknownCustomer(UUID customerId) {
		super("Unknown customer: " + customerId);
	}

}
