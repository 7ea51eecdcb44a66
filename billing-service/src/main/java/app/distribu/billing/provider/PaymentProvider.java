package app.distribu.billing.provider;

import java.util.Optional;
import java.util.UUID;

import app.distribu.billing.account.BillingAccount;
import app.distribu.billing.invoice.Invoice;

/**
 * Where invoices are paid. Billing decides what is owed (plans, periods, proration); a
 * provider only collects, refunds and manages payment methods. Every call is idempotent
 * on our ids, so a retry after a timeout never charges or refunds twice.
 */
public interface PaymentProvider {

	/** {@code manual} or {@code stripe}, stored on each invoice. */
	String name();

	/** Hands a new invoice to the provider and tries to collect it. */
	Collection collect(Invoice invoice, BillingAccount account);

	/**
	 * Pays {@code amountCents} of a paid invoice back; {@code refundId} keys the request.
	 * Returns the provider's refund id, if it has one.
	 */
	Optional<String> refund(Invoice invoice, long amountCents, UUID refundId);

	/** A page of the provider where the customer manages payment methods, if any. */
	Optional<String> portalUrl(BillingAccount account, String returnUrl);

	/**
	 * Whether support marks invoices paid (bank transfers), as with the manual provider.
	 */
	boolean settledBySupport();

	/**
	 * What collecting said.
	 *
	 * @param providerInvoiceId the provider's id of the invoice, if it keeps one
	 * @param providerCustomerId the customer the provider created or used, if any
	 * @param paymentUrl where the customer can pay or finish a 3-D Secure check
	 */
	record Collection(Outcome outcome, String providerInvoiceId, String providerCustomerId, String message,
			String paymentUrl) {

	}

	enum Outcome {

		/**
		 * Open until paid: a bank transfer for support to settle, or a first card entry.
		 */
		AWAITING_PAYMENT,
		/** Charged. */
		PAID,
		/** Held for the customer's 3-D Secure confirmation. */
		REQUIRES_ACTION,
		/** Declined. */
		FAILED

	}

}
