package app.distribu.billing.dashboard;

import java.util.List;

import app.distribu.billing.invoice.Invoice;
import app.distribu.billing.plan.Money;

/** An invoice as the pages show it: amounts formatted, status explained. */
record InvoiceView(Invoice invoice) {

	public String id() {
		return this.invoice.id().toString();
	}

	public String number() {
		return this.invoice.number();
	}

	public String status() {
		return this.invoice.status().code();
	}

	public String badge() {
		return switch (this.invoice.status()) {
			case PAID -> "badge ok";
			case DRAFT, OPEN -> "badge warn";
			case VOID, UNCOLLECTIBLE -> "badge bad";
		};
	}

	public String issued() {
		return BillingView.DAY.format(this.invoice.issuedAt());
	}

	public String due() {
		return BillingView.DAY.format(this.invoice.dueAt());
	}

	public String paid() {
		return (this.invoice.paidAt() != null) ? BillingView.DAY.format(this.invoice.paidAt()) : null;
	}

	public String description() {
		return this.invoice.plan().label() + ", " + this.invoice.interval().label() + " · "
				+ switch (this.invoice.reason()) {
					case SUBSCRIBE -> "subscription";
					case UPGRADE -> "upgrade, prorated";
					case ANNUAL_SWITCH -> "switch to annual, prorated";
					case RENEWAL -> "renewal";
					case ENTERPRISE -> "Enterprise agreement";
				};
	}

	public String period() {
		return BillingView.day(this.invoice.periodStart()) + " to " + BillingView.day(this.invoice.periodEnd());
	}

	public String total() {
		return Money.format(this.invoice.currency(), this.invoice.totalCents());
	}

	public String refunded() {
		return (this.invoice.refundedCents() > 0) ? Money.format(this.invoice.currency(), this.invoice.refundedCents())
				: null;
	}

	public List<Line> lines() {
		return this.invoice.lines()
			.stream()
			.map((line) -> new Line(line.description(), Money.format(line.amountCents())))
			.toList();
	}

	public boolean unpaid() {
		return this.invoice.isUnpaid();
	}

	/** Why an unpaid invoice is not paid yet, in the FAQ's terms. */
	public String paymentNote() {
		if (!this.invoice.isUnpaid()) {
			return null;
		}
		if (this.invoice.heldForAuthentication()) {
			return "The payment is held for 3-D Secure review: confirm it with your bank to complete it.";
		}
		if (this.invoice.paymentFailed()) {
			return "The payment failed"
					+ ((this.invoice.paymentMessage() != null) ? " (" + this.invoice.paymentMessage() + ")" : "")
					+ ". Pay with another card or method.";
		}
		return (this.invoice.status() == Invoice.Status.DRAFT)
				? "Being sent to the payment provider; refresh in a moment." : "Waiting for payment.";
	}

	public String paymentUrl() {
		return this.invoice.isUnpaid() ? this.invoice.paymentUrl() : null;
	}

	record Line(String description, String amount) {

	}

}
