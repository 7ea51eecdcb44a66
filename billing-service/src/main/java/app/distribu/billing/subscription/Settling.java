package app.distribu.billing.subscription;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.billing.invoice.Invoice;
import app.distribu.billing.invoice.InvoiceRepository;
import app.distribu.billing.plan.Money;
import app.distribu.platform.events.Outbox;

/**
 * What happens when an invoice is paid, declined, held or closed, whoever reports it (the
 * provider's answer, its webhook, support, the demo button). Each runs in the caller's
 * transaction with the invoice and subscription locked, and a repeated report changes
 * nothing.
 */
@Component
public class Settling {

	private final InvoiceRepository invoices;

	private final SubscriptionRepository subscriptions;

	private final Announcements announcements;

	private final Outbox outbox;

	private final Clock clock;

	Settling(InvoiceRepository invoices, SubscriptionRepository subscriptions, Announcements announcements,
			Outbox outbox, Clock clock) {
		this.invoices = invoices;
		this.subscriptions = subscriptions;
		this.announcements = announcements;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Paid: a past-due subscription with nothing else unpaid is active again, and the
	 * invoice's plan becomes the one it keeps if it ever falls behind.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Invoice paid(UUID invoiceId) {
		Invoice invoice = this.invoices.lock(invoiceId).orElseThrow();
		if (!invoice.isUnpaid()) {
			return invoice;
		}
		Subscription s = this.subscriptions.lock(invoice.companyId()).orElseThrow();
		Invoice paid = invoice.paid(Instant.now(this.clock));
		this.invoices.update(invoice, paid);
		boolean nothingElseUnpaid = this.invoices.unpaid(invoice.companyId()).isEmpty();
		Subscription after = s.paid(invoice.plan(), nothingElseUnpaid);
		this.subscriptions.update(s, after);
		this.announcements.changed(after, "INVOICE_PAID", invoice.id());
		this.outbox.publish(Announcements.TOPIC, invoice.companyId(), "invoice.paid",
				Map.of("invoiceId", invoice.id(), "number", invoice.number(), "total",
						Money.decimal(invoice.totalCents()), "currency", invoice.currency()));
		return paid;
	}

	/**
	 * Declined: nothing changes without the customer, so the subscription is past due
	 * now.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void failed(UUID invoiceId, String message, String paymentUrl) {
		Invoice invoice = this.invoices.lock(invoiceId).orElseThrow();
		if (!invoice.isUnpaid()) {
			return;
		}
		Subscription s = this.subscriptions.lock(invoice.companyId()).orElseThrow();
		this.invoices.update(invoice, invoice.payment("failed", message, paymentUrl));
		if (s.status() == Subscription.Status.ACTIVE) {
			Subscription after = s.pastDue(Instant.now(this.clock));
			this.subscriptions.update(s, after);
			this.announcements.changed(after, "PAYMENT_FAILED", invoice.id());
		}
		else {
			this.announcements.noticeChanged(s);
		}
	}

	/**
	 * Held for 3-D Secure: the invoice stays open until the customer confirms; the grace
	 * period decides when that makes the subscription past due.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void heldForAuthentication(UUID invoiceId, String paymentUrl) {
		Invoice invoice = this.invoices.lock(invoiceId).orElseThrow();
		if (!invoice.isUnpaid()) {
			return;
		}
		this.invoices.update(invoice, invoice.payment("requires_action",
				"Your bank asks you to confirm this payment (3-D Secure).", paymentUrl));
		this.subscriptions.find(invoice.companyId()).ifPresent(this.announcements::noticeChanged);
	}

	/** Void or uncollectible at the provider: nothing more will be collected. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void closed(UUID invoiceId, Invoice.Status status) {
		Invoice invoice = this.invoices.lock(invoiceId).orElseThrow();
		if (!invoice.isUnpaid()) {
			return;
		}
		this.invoices.update(invoice, invoice.closed(status, Instant.now(this.clock)));
		this.subscriptions.find(invoice.companyId()).ifPresent(this.announcements::noticeChanged);
	}

}
