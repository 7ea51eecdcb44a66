package app.distribu.billing.provider;

/** Names Stripe's adapter shares with the code that reads Stripe's webhooks. */
public final class Stripe {

	/** {@code DISTRIBU_BILLING_PROVIDER} value and invoices' provider column. */
	public static final String NAME = "stripe";

	/** The metadata key on Stripe's invoices that holds our invoice id. */
	public static final String INVOICE_METADATA = "distribu_invoice_id";

	private Stripe() {
	}

}
