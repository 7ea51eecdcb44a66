package app.distribu.billing.dashboard;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.distribu.billing.subscription.Subscription;
import app.distribu.billing.subscription.SubscriptionRepository;
import app.distribu.billing.usage.Months;
import app.distribu.billing.usage.UsageRepository;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.Role;

@Controller
class BillingPageController {

	private final SubscriptionRepository subscriptions;

	private final UsageRepository usage;

	private final Clock clock;

	BillingPageController(SubscriptionRepository subscriptions, UsageRepository usage, Clock clock) {
		this.subscriptions = subscriptions;
		this.usage = usage;
		this.clock = clock;
	}

	@GetMapping("/dashboard/billing")
	String billing(@AuthenticationPrincipal DistribuPrincipal me, Model model) {
		me.requireRole(Role.OWNER);
		Instant now = Instant.now(this.clock);
		String month = Months.of(now);
		Subscription subscription = this.subscriptions.find(me.companyId()).orElse(null);
		model.addAttribute("billing", new BillingView(subscription, this.usage.orders(me.companyId(), month), month,
				subscription != null && subscription.trialEndedBy(now)));
		return "billing/overview";
	}

}
