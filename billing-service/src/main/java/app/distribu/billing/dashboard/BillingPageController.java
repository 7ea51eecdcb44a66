package app.distribu.billing.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.distribu.billing.account.BillingAccounts;
import app.distribu.billing.invoice.InvoiceRepository;
import app.distribu.billing.plan.BillingInterval;
import app.distribu.billing.plan.Plan;
import app.distribu.billing.plan.PlanCatalog;
import app.distribu.billing.provider.PaymentProvider;
import app.distribu.billing.subscription.ChangingPlans;
import app.distribu.billing.subscription.Subscription;
import app.distribu.billing.subscription.SubscriptionRepository;
import app.distribu.billing.usage.Months;
import app.distribu.billing.usage.UsageRepository;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.Role;
import app.distribu.platform.web.Unprocessable;

/** The billing portal: plan, interval, status, usage, next invoice, payment method. */
@Controller
class BillingPageController {

	private final SubscriptionRepository subscriptions;

	private final UsageRepository usage;

	private final InvoiceRepository invoices;

	private final BillingAccounts accounts;

	private final PlanCatalog catalog;

	private final PaymentProvider provider;

	private final ChangingPlans changing;

	private final Clock clock;

	BillingPageController(SubscriptionRepository subscriptions, UsageRepository usage, InvoiceRepository invoices,
			BillingAccounts accounts, PlanCatalog catalog, PaymentProvider provider, ChangingPlans changing,
			Clock clock) {
		this.subscriptions = subscriptions;
		this.usage = usage;
		this.invoices = invoices;
		this.accounts = accounts;
		this.catalog = catalog;
		this.provider = provider;
		this.changing = changing;
		this.clock = clock;
	}

	@GetMapping("/dashboard/billing")
	String billing(@AuthenticationPrincipal DistribuPrincipal me, Model model) {
		me.requireRole(Role.OWNER);
		Instant now = Instant.now(this.clock);
		String month = Months.of(now);
		LocalDate resetsOn = LocalDate.ofInstant(now, ZoneOffset.UTC).withDayOfMonth(1).plusMonths(1);
		Subscription s = this.subscriptions.find(me.companyId()).orElse(null);
		Long nextPrice = null;
		if (s != null && s.inPaidPeriod() && !s.cancelAtPeriodEnd()) {
			Plan next = (s.scheduledPlan() != null) ? s.scheduledPlan() : s.plan();
			BillingInterval every = (s.scheduledInterval() != null) ? s.scheduledInterval() : s.interval();
			nextPrice = (next == Plan.ENTERPRISE) ? s.priceCents()
					: this.catalog.price(next, every, s.currency()).orElse(null);
		}
		model.addAttribute("billing",
				new BillingView(s, this.usage.orders(me.companyId(), month), month, resetsOn, now, this.catalog,
						this.invoices.unpaid(me.companyId()), nextPrice,
						this.provider.settledBySupport() ? "Bank transfer quoting the invoice ID"
								: "Card or bank account, managed at " + capitalized(this.provider.name()),
						!this.provider.settledBySupport(), this.subscriptions.history(me.companyId(), 10)));
		return "billing/overview";
	}

	/** The provider's own portal (Stripe): payment methods and receipts. */
	@PostMapping("/dashboard/billing/payment-method")
	String paymentMethod(@AuthenticationPrincipal DistribuPrincipal me) {
		me.requireRole(Role.OWNER);
		String url = this.provider.portalUrl(this.accounts.find(me.companyId()), "/dashboard/billing")
			.orElseThrow(() -> new Unprocessable(
					"Payment methods are managed at your first payment. Pay an open invoice to add one."));
		return "redirect:" + url;
	}

	@PostMapping("/dashboard/billing/cancel")
	String cancel(@AuthenticationPrincipal DistribuPrincipal me, RedirectAttributes redirect) {
		me.requireRole(Role.OWNER);
		this.changing.cancelAtPeriodEnd(me.companyId());
		redirect.addFlashAttribute("message", "Your subscription will end at the end of the current period.");
		return "redirect:/dashboard/billing";
	}

	@PostMapping("/dashboard/billing/keep")
	String keep(@AuthenticationPrincipal DistribuPrincipal me, RedirectAttributes redirect) {
		me.requireRole(Role.OWNER);
		this.changing.keepCurrentPlan(me.companyId());
		redirect.addFlashAttribute("message", "You keep your current plan; nothing changes at the period end.");
		return "redirect:/dashboard/billing";
	}

	private static String capitalized(String name) {
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

}
