package app.distribu.billing.invoice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import app.distribu.billing.plan.BillingInterval;
import app.distribu.billing.plan.Plan;

/**
 * An invoice, tax-free, in the company's billing currency. {@code number} is the invoice
 * ID people quote (the FAQ's refund flow).
 *
 * @param paymentState what the provider last said about collecting it:
 * {@code requires_action} (a 3-D Secure hold) or {@code failed}; null otherwise
 * @param paymentUrl where the customer finishes or retries the payment, if the provider
 * has such a page
 */
public record Invoice(UUID id, UUID companyId, String number, Status status, Reason reason, Plan plan,
		BillingInterval interval, String currency, long totalCents, long refundedCents, LocalDate periodStart,
		LocalDate periodEnd, Instant issuedAt, Instant dueAt, Instant paidAt, Instant closedAt, String provider,
		String providerInvoiceId, String paymentState, String paymentMessage, String paymentUrl, int version,
		List<InvoiceLine> lines) {

	/** Stored and shown in lower case, as Stripe names them. */
	public enum Status {

		DRAFT, OPEN, PAID, VOID, UNCOLLECTIBLE;

		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Status of(String code) {
			return valueOf(code.toUpperCase(Locale.ROOT));
		}

	}

	/** Why it was issued. */
	public enum Reason {

		SUBSCRIBE, UPGRADE, ANNUAL_SWITCH, RENEWAL, ENTERPRISE

	}

	/** Taken by the provider: open until paid (or paid at once). */
	public Invoice opened(String providerInvoiceId, String state, String message, String url) {
		return new Invoice(this.id, this.companyId, this.number, Status.OPEN, this.reason, this.plan, this.interval,
				this.currency, this.totalCents, this.refundedCents, this.periodStart, this.periodEnd, this.issuedAt,
				this.dueAt, this.paidAt, this.closedAt, this.provider, providerInvoiceId, state, message, url,
				this.version, this.lines);
	}

	/** The provider's latest word on an open invoice's payment. */
	public Invoice payment(String state, String message, String url) {
		return opened(this.providerInvoiceId, state, message, (url != null) ? url : this.paymentUrl);
	}

	public Invoice paid(Instant at) {
		return new Invoice(this.id, this.companyId, this.number, Status.PAID, this.reason, this.plan, this.interval,
				this.currency, this.totalCents, this.refundedCents, this.periodStart, this.periodEnd, this.issuedAt,
				this.dueAt, at, at, this.provider, this.providerInvoiceId, null, null, null, this.version, this.lines);
	}

	/** Void or uncollectible: nothing more will be collected. */
	public Invoice closed(Status status, Instant at) {
		return new Invoice(this.id, this.companyId, this.number, status, this.reason, this.plan, this.interval,
				this.currency, this.totalCents, this.refundedCents, this.periodStart, this.periodEnd, this.issuedAt,
				this.dueAt, this.paidAt, at, this.provider, this.providerInvoiceId, this.paymentState,
				this.paymentMessage, this.paymentUrl, this.version, this.lines);
	}

	public Invoice refunded(long amountCents) {
		return new Invoice(this.id, this.companyId, this.number, this.status, this.reason, this.plan, this.interval,
				this.currency, this.totalCents, this.refundedCents + amountCents, this.periodStart, this.periodEnd,
				this.issuedAt, this.dueAt, this.paidAt, this.closedAt, this.provider, this.providerInvoiceId,
				this.paymentState, this.paymentMessage, this.paymentUrl, this.version, this.lines);
	}

	public boolean isUnpaid() {
		return this.status == Status.DRAFT || this.status == Status.OPEN;
	}

	public long refundableCents() {
		return (this.status == Status.PAID) ? this.totalCents - this.refundedCents : 0;
	}

	public boolean heldForAuthentication() {
		return isUnpaid() && "requires_action".equals(this.paymentState);
	}

	public boolean paymentFailed() {
		return isUnpaid() && "failed".equals(this.paymentState);
	}

}
