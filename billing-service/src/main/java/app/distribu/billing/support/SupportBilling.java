package app.distribu.billing.support;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.billing.invoice.Invoice;
import app.distribu.billing.invoice.InvoiceRepository;
import app.distribu.billing.plan.BillingInterval;
import app.distribu.billing.plan.Money;
import app.distribu.billing.provider.PaymentProvider;
import app.distribu.billing.subscription.ChangingPlans;
import app.distribu.billing.subscription.Settling;
import app.distribu.billing.subscription.Subscription;
import app.distribu.billing.subscription.SubscriptionRepository;
import app.distribu.platform.events.Outbox;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.web.NotFound;
import app.distribu.platform.web.Unprocessable;

/**
 * What support does to invoices and plans, each keyed by the console's action id: the
 * same action twice (a retried or double-clicked form) acts once and answers the same.
 * Each returns the before and after that identity writes to its audit log.
 */
@Service
class SupportBilling {

	static final String SETTLE = "SETTLE";

	static final String REFUND = "REFUND";

	static final String ENTERPRISE = "ENTERPRISE";

	private final InvoiceRepository invoices;

	private final SubscriptionRepository subscriptions;

	private final SupportActionRepository actions;

	private final Settling settling;

	private final ChangingPlans changing;

	private final PaymentProvider provider;

	private final Outbox outbox;

	private final Clock clock;

	SupportBilling(InvoiceRepository invoices, SubscriptionRepository subscriptions, SupportActionRepository actions,
			Settling settling, ChangingPlans changing, PaymentProvider provider, Outbox outbox, Clock clock) {
		this.invoices = invoices;
		this.subscriptions = subscriptions;
		this.actions = actions;
		this.settling = settling;
		this.changing = changing;
		this.provider = provider;
		this.outbox = outbox;
		this.clock = clock;
	}

	/** A bank transfer arrived: the invoice is paid (manual provider only). */
	@Transactional
	SupportResult settle(DistribuPrincipal me, UUID actionId, UUID invoiceId, String reason) {
		me.requireSupport();
		String why = reason(reason);
		return this.actions.find(actionId, SETTLE).orElseGet(() -> {
			if (!this.provider.settledBySupport()) {
				throw new Unprocessable(
						"Invoices are collected by " + this.provider.name() + "; support cannot mark them paid here.");
			}
			Invoice invoice = this.invoices.lock(invoiceId).orElseThrow(() -> new NotFound("Invoice"));
			if (!invoice.isUnpaid()) {
				throw new Unprocessable("Invoice " + invoice.number() + " is " + invoice.status().code()
						+ ": only draft or open invoices can be marked paid.");
			}
			Map<String, Object> before = state(invoice, this.subscriptions.find(invoice.companyId()).orElse(null));
			Invoice paid = this.settling.paid(invoiceId);
			SupportResult result = new SupportResult(actionId, invoice.companyId(), invoiceId, before,
					state(paid, this.subscriptions.find(invoice.companyId()).orElse(null)));
			this.actions.insert(SETTLE, me, why, result, Instant.now(this.clock));
			return result;
		});
	}

	/**
	 * Pays back all or part of a paid invoice through the provider, which is keyed by the
	 * action id. The invoice stays locked meanwhile, so two refunds never exceed what was
	 * paid.
	 */
	@Transactional
	SupportResult refund(DistribuPrincipal me, UUID actionId, UUID invoiceId, String amount, String reason) {
		me.requireSupport();
		String why = reason(reason);
		return this.actions.find(actionId, REFUND).orElseGet(() -> {
			Invoice invoice = this.invoices.lock(invoiceId).orElseThrow(() -> new NotFound("Invoice"));
			if (invoice.status() != Invoice.Status.PAID) {
				throw new Unprocessable("Invoice " + invoice.number() + " is " + invoice.status().code()
						+ ": only paid invoices can be refunded.");
			}
			long cents = (amount == null || amount.isBlank()) ? invoice.refundableCents() : cents(amount);
			if (cents <= 0 || cents > invoice.refundableCents()) {
				throw new Unprocessable("Refund between 0.01 and " + Money.decimal(invoice.refundableCents()) + " "
						+ invoice.currency() + " (what is left of invoice " + invoice.number() + ").");
			}
			Map<String, Object> before = state(invoice, null);
			String providerRefund = this.provider.refund(invoice, cents, actionId).orElse(null);
			Instant now = Instant.now(this.clock);
			this.actions.insertRefund(actionId, invoiceId, invoice.companyId(), cents, providerRefund, now);
			Invoice refunded = invoice.refunded(cents);
			this.invoices.update(invoice, refunded);
			Map<String, Object> after = state(refunded, null);
			after.put("refund", Money.decimal(cents));
			SupportResult result = new SupportResult(actionId, invoice.companyId(), invoiceId, before, after);
			this.actions.insert(REFUND, me, why, result, now);
			this.outbox.publish("billing.events", invoice.companyId(), "invoice.refunded",
					Map.of("invoiceId", invoiceId, "number", invoice.number(), "refundId", actionId, "amount",
							Money.decimal(cents), "currency", invoice.currency(), "refundedTotal",
							Money.decimal(refunded.refundedCents())));
			return result;
		});
	}

	/** Enterprise is sold by the team: the agreed price per interval, invoiced now. */
	@Transactional
	SupportResult moveToEnterprise(DistribuPrincipal me, UUID actionId, UUID companyId, BillingInterval interval,
			String price, String reason) {
		me.requireSupport();
		String why = reason(reason);
		return this.actions.find(actionId, ENTERPRISE).orElseGet(() -> {
			long cents = cents(price);
			if (cents <= 0) {
				throw new Unprocessable("Give the agreed price, e.g. 1200.00.");
			}
			ChangingPlans.Change change = this.changing.moveToEnterprise(companyId, interval, cents);
			Map<String, Object> before = state(null, change.before());
			Map<String, Object> after = state(change.invoice(), change.after());
			SupportResult result = new SupportResult(actionId, companyId,
					(change.invoice() != null) ? change.invoice().id() : null, before, after);
			this.actions.insert(ENTERPRISE, me, why, result, Instant.now(this.clock));
			return result;
		});
	}

	private static Map<String, Object> state(Invoice invoice, Subscription subscription) {
		Map<String, Object> state = new LinkedHashMap<>();
		if (invoice != null) {
			state.put("invoice", invoice.number());
			state.put("status", invoice.status().code());
			state.put("total", Money.decimal(invoice.totalCents()));
			state.put("refunded", Money.decimal(invoice.refundedCents()));
			state.put("currency", invoice.currency());
		}
		if (subscription != null) {
			state.put("plan", subscription.plan().name());
			state.put("interval", subscription.interval().name());
			state.put("subscription", subscription.status().name());
		}
		return state;
	}

	private static long cents(String amount) {
		try {
			return Money.cents(new BigDecimal(amount.trim()));
		}
		catch (NullPointerException | ArithmeticException | NumberFormatException ex) {
			throw new Unprocessable("Give an amount like 12.50.");
		}
	}

	private static String reason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new Unprocessable("Give a reason for this action; it goes into the audit log.");
		}
		return reason.trim();
	}

}
