package app.distribu.billing.provider;

import java.util.Optional;
import java.util.UUID;

import app.distribu.billing.account.BillingAccount;
import app.distribu.billing.invoice.Invoice;

/**
 * The embedded default: invoices are paid by bank transfer quoting the invoice ID, and
 * support marks them paid (or refunds them) in the support console.
 */
class ManualProvider implements PaymentProvider {

	static final String NAME = "manual";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Collection collect(Invoice invoice, BillingAccount account) {
		return new Collection(Outcome.AWAITING_PAYMENT, null, null, null, null);
	}

	/** Support sends the money back by bank transfer; nothing to call. */
	@Override
	public Optional<String> refund(Invoice invoice, long amountCents, UUID refundId) {
		return Optional.empty();
	}

	@Override
	public Optional<String> portalUrl(BillingAccount account, String returnUrl) {
		return Optional.empty();
	}

	@Override
	public boolean settledBySupport() {
		return true;
	}

}
