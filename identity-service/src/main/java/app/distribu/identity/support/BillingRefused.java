package app.distribu.identity.support;

import app.distribu.platform.web.Unprocessable;

/** Billing said no (an invoice not refundable, an amount too high, ...): its reason. */
class BillingRefused extends Unprocessable {

	BillingRefused(String detail) {
		super(detail);
	}

}
