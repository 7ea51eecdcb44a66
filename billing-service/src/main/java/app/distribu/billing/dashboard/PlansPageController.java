package app.distribu.billing.dashboard;

import java.util.Arrays;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.distribu.billing.subscription.ChangingPlans;
import app.distribu.billing.subscription.Plan;
import app.distribu.billing.subscription.Subscription;
import app.distribu.billing.subscription.SubscriptionRepository;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.Role;

/** The plans page: every plan with its limits, and a switch button. Owners only. */
@Controller
class PlansPageController {

	private final SubscriptionRepository subscriptions;

	private final ChangingPlans changing;

	PlansPageController(SubscriptionRepository subscriptions, ChangingPlans changing) {
		this.subscriptions = subscriptions;
		this.changing = changing;
	}

	@GetMapping("/dashboard/billing/plans")
	String plans(@AuthenticationPrincipal DistribuPrincipal me, Model model) {
		me.requireRole(Role.OWNER);
		Subscription current = this.subscriptions.find(me.companyId()).orElse(null);
		model.addAttribute("plans", Arrays.stream(Plan.values()).map((plan) -> PlanOption.of(plan, current)).toList());
		return "billing/plans";
	}

	@PostMapping("/dashboard/billing/plans")
	String switchPlan(@AuthenticationPrincipal DistribuPrincipal me, @RequestParam Plan plan,
			RedirectAttributes redirect) {
		me.requireRole(Role.OWNER);
		this.changing.switchTo(me.companyId(), plan);
		redirect.addFlashAttribute("switched", plan.label());
		return "redirect:/dashboard/billing/plans";
	}

}
