package app.distribu.billing.subscription;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import app.distribu.billing.invoice.Invoice;
import app.distribu.billing.invoice.IssuingInvoices;
import app.distribu.billing.plan.BillingInterval;
import app.distribu.billing.plan.Plan;
import app.distribu.billing.plan.PlanCatalog;

/**
 * At a period's end: a scheduled cancellation takes effect, or the next period starts
 * (with any scheduled downgrade or interval) and its invoice is issued and collected. One
 * transaction per subscription with its row locked, so replicas may run this side by side
 * and each period is invoiced once.
 */
@Component
class RenewingSubscriptions {

	private static final int BATCH = 100;

	private final SubscriptionRepository subscriptions;

	private final IssuingInvoices issuing;

	private final CollectingInvoices collecting;

	private final Announcements announcements;

	private final PlanCatalog catalog;

	private final TransactionTemplate transaction;

	private final Clock clock;

	RenewingSubscriptions(SubscriptionRepository subscriptions, IssuingInvoices issuing, CollectingInvoices collecting,
			Announcements announcements, PlanCatalog catalog, TransactionTemplate transaction, Clock clock) {
		this.subscriptions = subscriptions;
		this.issuing = issuing;
		this.collecting = collecting;
		this.announcements = announcements;
		this.catalog = catalog;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${distribu.billing.check-interval:1m}")
	void renew() {
		LocalDate today = LocalDate.now(this.clock);
		for (Subscription due : this.subscriptions.periodsEndedBy(today, BATCH)) {
			UUID invoice = this.transaction.execute((status) -> renew(due.companyId(), today));
			if (invoice != null) {
				this.collecting.collect(invoice);
			}
		}
	}

	private UUID renew(UUID companyId, LocalDate today) {
		Subscription s = this.subscriptions.lock(companyId).orElseThrow();
		if (s.status() != Subscription.Status.ACTIVE || s.periodEnd().isAfter(today)) {
			return null;
		}
		if (s.cancelAtPeriodEnd()) {
			Subscription canceled = s.canceled();
			this.subscriptions.update(s, canceled);
			this.announcements.changed(canceled, "CANCELED_AT_PERIOD_END", null);
			return null;
		}
		Plan next = (s.scheduledPlan() != null) ? s.scheduledPlan() : s.plan();
		BillingInterval every = (s.scheduledInterval() != null) ? s.scheduledInterval() : s.interval();
		long price = (next == Plan.ENTERPRISE) ? s.priceCents()
				: this.catalog.price(next, every, s.currency()).orElseThrow();
		Subscription renewed = s.renew(next, every, price);
		Invoice invoice = this.issuing.issue(companyId, Invoice.Reason.RENEWAL, next, every, s.currency(),
				renewed.periodStart(), renewed.periodEnd(),
				Proration.newPeriod(next, every, price, renewed.periodStart(), renewed.periodEnd()));
		this.subscriptions.update(s, renewed);
		this.announcements.changed(renewed, "RENEWED", invoice.id());
		return invoice.id();
	}

}
