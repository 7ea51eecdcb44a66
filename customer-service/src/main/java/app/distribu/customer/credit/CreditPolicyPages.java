package app.distribu.customer.credit;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.Role;

/**
 * {@code /dashboard/customers/credit}: every team member sees whether credit limits are
 * enforced; OWNERs and ADMINs switch it, as they do other store-wide settings.
 */
@Controller
class CreditPolicyPages {

	private final CreditPolicies policies;

	private final CreditSwitch credit;

	CreditPolicyPages(CreditPolicies policies, CreditSwitch credit) {
		this.policies = policies;
		this.credit = credit;
	}

	@GetMapping("/dashboard/customers/credit")
	String show(@AuthenticationPrincipal DistribuPrincipal me, @RequestParam(required = false) String done,
			Model model) {
		me.requireRole(Role.OWNER, Role.ADMIN, Role.MEMBER);
		model.addAttribute("enforced", this.policies.enforced(me.companyId()));
		model.addAttribute("mayChange", mayChange(me));
		model.addAttribute("done", done);
		return "customers/credit";
	}

	@PostMapping("/dashboard/customers/credit")
	String change(@AuthenticationPrincipal DistribuPrincipal me, @RequestParam boolean enforced) {
		me.requireRole(Role.OWNER, Role.ADMIN);
		this.credit.switchTo(me.companyId(), enforced, (me.email() != null) ? me.email() : me.subjectId().toString());
		String done = enforced
				? "Credit limits are enforced: an order that would take a customer over its limit is refused."
				: "Credit limits are for reference only: orders are no longer refused for credit.";
		return "redirect:" + UriComponentsBuilder.fromPath("/dashboard/customers/credit")
			.queryParam("done", done)
			.encode()
			.toUriString();
	}

	private static boolean mayChange(DistribuPrincipal me) {
		return me.roles().contains(Role.OWNER) || me.roles().contains(Role.ADMIN);
	}

}
