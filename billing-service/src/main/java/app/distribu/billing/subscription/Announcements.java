package app.distribu.billing.subscription;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.billing.invoice.InvoiceRepository;
import app.distribu.billing.plan.PlanCatalog;
import app.distribu.platform.events.Outbox;
import app.distribu.platform.notices.CompanyNotices;

/**
 * Every change of a subscription, in the transaction that makes it: its history row,
 * {@code subscription.changed} (limits for order-service and, through identity, the
 * gateway) and the dashboard banner on {@code company.notices}.
 */
@Component
class Announcements {

	static final String TOPIC = "billing.events";

	static final String NOTICES = CompanyNotices.TOPIC;

	private final SubscriptionRepository subscriptions;

	private final InvoiceRepository invoices;

	private final PlanCatalog catalog;

	private final Outbox outbox;

	private final Clock clock;

	Announcements(SubscriptionRepository subscriptions, InvoiceRepository invoices, PlanCatalog catalog, Outbox outbox,
			Clock clock) {
		this.subscriptions = subscriptions;
		this.invoices = invoices;
		this.catalog = catalog;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void changed(Subscription s, String reason, UUID invoiceId) {
		Instant now = Instant.now(this.clock);
		this.subscriptions.recordHistory(s, reason, invoiceId, now);
		this.outbox.publish(TOPIC, s.companyId(), "subscription.changed", SubscriptionChanged.of(s, this.catalog));
		noticeChanged(s);
	}

	/** The banner alone, when only an invoice's payment state changed. */
	@Transactional(propagation = Propagation.MANDATORY)
	void noticeChanged(Subscription s) {
		this.outbox.publish(NOTICES, s.companyId(), "company.notice",
				CompanyNotice.of(s, this.invoices.unpaid(s.companyId()), Instant.now(this.clock)));
	}

}
