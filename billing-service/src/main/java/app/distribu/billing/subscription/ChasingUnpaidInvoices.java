package app.distribu.billing.subscription;

import java.time.Clock;
import java.time.Instant;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import app.distribu.billing.BillingProperties;
import app.distribu.billing.invoice.Invoice;
import app.distribu.billing.invoice.InvoiceRepository;

/**
 * Dunning: an invoice unpaid past its grace period makes the subscription past due (the
 * limits fall back to what was paid for); past due for too long, it is canceled and its
 * unpaid invoices are marked uncollectible (Starter limits, data intact).
 */
@Component
class ChasingUnpaidInvoices {

	private static final int BATCH = 100;

	private final InvoiceRepository invoices;

	private final SubscriptionRepository subscriptions;

	private final Announcements announcements;

	private final BillingProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ChasingUnpaidInvoices(InvoiceRepository invoices, SubscriptionRepository subscriptions, Announcements announcements,
			BillingProperties properties, TransactionTemplate transaction, Clock clock) {
		this.invoices = invoices;
		this.subscriptions = subscriptions;
		this.announcements = announcements;
		this.properties = properties;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${distribu.billing.check-interval:1m}")
	void chase() {
		Instant now = Instant.now(this.clock);
		for (Invoice overdue : this.invoices.overdue(now, BATCH)) {
			this.transaction.executeWithoutResult((status) -> {
				Subscription s = this.subscriptions.lock(overdue.companyId()).orElseThrow();
				Invoice current = this.invoices.findAnyCompany(overdue.id()).orElseThrow();
				if (s.status() == Subscription.Status.ACTIVE && current.isUnpaid()) {
					Subscription pastDue = s.pastDue(now);
					this.subscriptions.update(s, pastDue);
					this.announcements.changed(pastDue, "INVOICE_OVERDUE", overdue.id());
				}
			});
		}
		for (Subscription behind : this.subscriptions.pastDueSince(now.minus(this.properties.cancelAfterPastDue()),
				BATCH)) {
			this.transaction.executeWithoutResult((status) -> {
				Subscription s = this.subscriptions.lock(behind.companyId()).orElseThrow();
				if (s.status() != Subscription.Status.PAST_DUE) {
					return;
				}
				for (Invoice unpaid : this.invoices.unpaid(s.companyId())) {
					this.invoices.update(unpaid, unpaid.closed(Invoice.Status.UNCOLLECTIBLE, now));
				}
				Subscription canceled = s.canceled();
				this.subscriptions.update(s, canceled);
				this.announcements.changed(canceled, "CANCELED_UNPAID", null);
			});
		}
	}

}
