package app.distribu.billing.subscription;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.billing.account.BillingAccounts;
import app.distribu.billing.invoice.Invoice;
import app.distribu.billing.invoice.InvoiceLine;
import app.distribu.billing.invoice.InvoiceRepository;
import app.distribu.billing.invoice.IssuingInvoices;
import app.distribu.billing.plan.BillingInterval;
import app.distribu.billing.plan.Plan;
import app.distribu.billing.plan.PlanCatalog;
import app.distribu.platform.web.Conflict;
import app.distribu.platform.web.Unprocessable;

/**
 * Plan and interval changes. What costs more applies at once with an invoice for the
 * difference (a first purchase, an upgrade, monthly → annual); what costs less waits for
 * the period end (a downgrade, annual → monthly). There is no way to a paid plan without
 * an invoice, and none while an invoice is unpaid.
 */
@Service
public class ChangingPlans {

	private final SubscriptionRepository subscriptions;

	private final InvoiceRepository invoices;

	private final IssuingInvoices issuing;

	private final BillingAccounts accounts;

	private final PlanCatalog catalog;

	private final Announcements announcements;

	private final Clock clock;

	ChangingPlans(SubscriptionRepository subscriptions, InvoiceRepository invoices, IssuingInvoices issuing,
			BillingAccounts accounts, PlanCatalog catalog, Announcements announcements, Clock clock) {
		this.subscriptions = subscriptions;
		this.invoices = invoices;
		this.issuing = issuing;
		this.accounts = accounts;
		this.catalog = catalog;
		this.announcements = announcements;
		this.clock = clock;
	}

	/** An owner's choice from the plans page. */
	@Transactional
	public Change change(UUID companyId, Plan plan, BillingInterval interval) {
		if (!plan.isSelfServe()) {
			throw new Unprocessable("Enterprise is arranged with our team. Use \"Contact us\" on the plans page.");
		}
		Subscription current = current(companyId);
		return apply(current, plan, interval, this.catalog.price(plan, interval, current.currency()).orElseThrow(),
				null);
	}

	/** Support moves a company to Enterprise at the price the team agreed. */
	@Transactional
	public Change moveToEnterprise(UUID companyId, BillingInterval interval, long priceCents) {
		Subscription current = current(companyId);
		if (current.plan() == Plan.ENTERPRISE && current.inPaidPeriod()) {
			throw new Unprocessable("This company is on Enterprise already.");
		}
		if (current.inPaidPeriod() && current.interval() == BillingInterval.ANNUAL
				&& interval == BillingInterval.MONTHLY) {
			throw new Unprocessable("This company pays annually until " + current.periodEnd()
					+ ": sell Enterprise annually, or after that date.");
		}
		return apply(current, Plan.ENTERPRISE, interval, priceCents, Invoice.Reason.ENTERPRISE);
	}

	/** Withdraws a scheduled downgrade or cancellation. */
	@Transactional
	public Change keepCurrentPlan(UUID companyId) {
		Subscription current = current(companyId);
		if (!current.hasScheduledChange()) {
			return new Change(Change.Kind.UNCHANGED, current, current, null);
		}
		return save(current, current.keepAsIs(), "SCHEDULE_WITHDRAWN", null, Change.Kind.SCHEDULED);
	}

	/** Cancels at the period end; until then everything stays as it is. */
	@Transactional
	public Change cancelAtPeriodEnd(UUID companyId) {
		Subscription current = current(companyId);
		if (!current.inPaidPeriod()) {
			throw new Unprocessable("There is no paid subscription to cancel.");
		}
		return save(current, current.cancelAtEnd(), "CANCEL_SCHEDULED", null, Change.Kind.SCHEDULED);
	}

	private Change apply(Subscription current, Plan plan, BillingInterval interval, long price,
			Invoice.Reason forcedReason) {
		List<Invoice> unpaid = this.invoices.unpaid(current.companyId());
		if (!unpaid.isEmpty()) {
			throw new Conflict("Invoice " + unpaid.get(0).number()
					+ " is not paid yet. Pay it from the invoices page before changing plans.");
		}
		LocalDate today = LocalDate.now(this.clock);
		if (!current.inPaidPeriod()) {
			Subscription after = current.startPeriod(plan, interval, price, today);
			return charge(current, after, reason(forcedReason, Invoice.Reason.SUBSCRIBE),
					Proration.newPeriod(plan, interval, price, today, after.periodEnd()), interval, today);
		}
		if (!current.periodEnd().isAfter(today)) {
			throw new Conflict("Your new period starts today and its invoice is being issued. "
					+ "Reload the billing page in a minute and choose again.");
		}
		boolean toAnnual = current.interval() == BillingInterval.MONTHLY && interval == BillingInterval.ANNUAL;
		if (plan == current.plan() && interval == current.interval()) {
			return current.hasScheduledChange()
					? save(current, current.keepAsIs(), "SCHEDULE_WITHDRAWN", null, Change.Kind.SCHEDULED)
					: new Change(Change.Kind.UNCHANGED, current, current, null);
		}
		if (toAnnual && !current.plan().isAbove(plan)) {
			Subscription after = current.startPeriod(plan, BillingInterval.ANNUAL, price, today);
			return charge(current, after, reason(forcedReason, Invoice.Reason.ANNUAL_SWITCH),
					Proration.annualSwitch(current, plan, price, today), BillingInterval.ANNUAL, today);
		}
		if (plan.isAbove(current.plan())) {
			long priceNow = (interval == current.interval()) ? price
					: this.catalog.price(plan, current.interval(), current.currency()).orElseThrow();
			Subscription after = current.upgradeInPeriod(plan, priceNow);
			if (interval != current.interval()) {
				after = after.schedule(plan, interval);
			}
			return charge(current, after, reason(forcedReason, Invoice.Reason.UPGRADE),
					Proration.upgrade(current, plan, priceNow, today), current.interval(), today);
		}
		return save(current, current.schedule(plan, interval), "CHANGE_SCHEDULED", null, Change.Kind.SCHEDULED);
	}

	/** An invoice for {@code lines}, covering {@code from} to the new period end. */
	private Change charge(Subscription before, Subscription after, Invoice.Reason reason, List<InvoiceLine> lines,
			BillingInterval interval, LocalDate from) {
		Invoice invoice = this.issuing.issue(after.companyId(), reason, after.plan(), interval, after.currency(), from,
				after.periodEnd(), lines);
		return save(before, after, reason.name(), invoice, Change.Kind.CHARGED);
	}

	private Change save(Subscription before, Subscription after, String why, Invoice invoice, Change.Kind kind) {
		if (!this.subscriptions.update(before, after)) {
			throw new Conflict("Your subscription was changed at the same time. Reload the page and choose again.");
		}
		this.announcements.changed(after, why, (invoice != null) ? invoice.id() : null);
		return new Change(kind, before, after, invoice);
	}

	/**
	 * The company's subscription, locked; set up on the spot if its trial event is late.
	 */
	private Subscription current(UUID companyId) {
		return this.subscriptions.lock(companyId).orElseGet(() -> {
			String currency = this.catalog.billingCurrency(this.accounts.find(companyId).currency());
			this.subscriptions.insert(Subscription.trial(companyId, currency, null));
			return this.subscriptions.lock(companyId).orElseThrow();
		});
	}

	private static Invoice.Reason reason(Invoice.Reason forced, Invoice.Reason natural) {
		return (forced != null) ? forced : natural;
	}

	/** What a change did: nothing, a change waiting for the period end, or an invoice. */
	public record Change(Kind kind, Subscription before, Subscription after, Invoice invoice) {

		public enum Kind {

			UNCHANGED, SCHEDULED, CHARGED

		}

	}

}
