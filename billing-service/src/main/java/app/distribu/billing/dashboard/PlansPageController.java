package app.distribu.billing.dashboard;

import java.util.Arrays;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.distribu.billing.BillingProperties;
import app.distribu.billing.invoice.Invoice;
import app.distribu.billing.plan.BillingInterval;
import app.distribu.billing.plan.Plan;
import app.distribu.billing.plan.PlanCatalog;
import app.distribu.billing.subscription.ChangingPlans;
import app.distribu.billing.subscription.CollectingInvoices;
import app.distribu.billing.subscription.Subscription;
import app.distribu.billing.subscription.SubscriptionRepository;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.Role;
import app.distribu.platform.web.DomainProblem;

/**
 * The plans page: every plan with its limits and prices per interval. A change that costs
 * more is invoiced and applies at once; one that costs less waits for the period end.
 * Owners only. The price always comes from the catalog, never from the form.
 */
@Controller
class PlansPageController {

	private final SubscriptionRepository subscriptions;

	private final ChangingPlans changing;

	private final CollectingInvoices collecting;

	private final PlanCatalog catalog;

	private final BillingProperties properties;

	PlansPageController(SubscriptionRepository subscriptions, ChangingPlans changing, CollectingInvoices collecting,
			PlanCatalog catalog, BillingProperties properties) {
		this.subscriptions = subscriptions;
		this.changing = changing;
		this.collecting = collecting;
		this.catalog = catalog;
		this.properties = properties;
	}

	@GetMapping("/dashboard/billing/plans")
	String plans(@AuthenticationPrincipal DistribuPrincipal me,
			@RequestParam(defaultValue = "MONTHLY") BillingInterval interval, Model model) {
		me.requireRole(Role.OWNER);
		Subscription current = this.subscriptions.find(me.companyId()).orElse(null);
		model.addAttribute("interval", interval.name());
		model.addAttribute("plans",
				Arrays.stream(Plan.values())
					.map((plan) -> PlanOption.of(plan, interval, current, this.catalog))
					.toList());
		return "billing/plans";
	}

	@PostMapping("/dashboard/billing/plans")
	String choose(@AuthenticationPrincipal DistribuPrincipal me, @RequestParam Plan plan,
			@RequestParam(defaultValue = "MONTHLY") BillingInterval interval, RedirectAttributes redirect) {
		me.requireRole(Role.OWNER);
		ChangingPlans.Change change;
		try {
			change = this.changing.change(me.companyId(), plan, interval);
		}
		catch (DomainProblem refused) {
			redirect.addFlashAttribute("error", refused.getMessage());
			return "redirect:/dashboard/billing/plans?interval=" + interval.name();
		}
		return switch (change.kind()) {
			case CHARGED -> {
				Invoice invoice = this.collecting.collect(change.invoice().id());
				redirect.addFlashAttribute("message", "You are now on the " + plan.label() + " plan ("
						+ interval.label() + "); its limits apply right away. Here is the invoice for the change.");
				yield "redirect:/dashboard/billing/invoices/" + invoice.id();
			}
			case SCHEDULED -> {
				redirect.addFlashAttribute("message", "Done: the change takes effect at the end of your period.");
				yield "redirect:/dashboard/billing";
			}
			case UNCHANGED -> {
				redirect.addFlashAttribute("message", "You are on that plan already.");
				yield "redirect:/dashboard/billing/plans";
			}
		};
	}

	/** Enterprise is sold by the team: how to reach it. */
	@GetMapping("/dashboard/billing/enterprise")
	String enterprise(@AuthenticationPrincipal DistribuPrincipal me, Model model) {
		me.requireRole(Role.OWNER);
		model.addAttribute("salesEmail", this.properties.salesEmail());
		model.addAttribute("subject", "Enterprise plan for " + me.companyName() + " (" + me.companySlug() + ")");
		model.addAttribute("rate", this.catalog.apiRequestsPerMinute(Plan.ENTERPRISE));
		return "billing/enterprise";
	}

}
