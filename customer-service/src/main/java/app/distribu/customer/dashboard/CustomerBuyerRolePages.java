package app.distribu.customer.dashboard;

import java.math.BigDecimal;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.distribu.customer.TeamOnly;
import app.distribu.customer.accounts.BuyerRoles;
import app.distribu.customer.accounts.Customer;
import app.distribu.platform.security.DistribuPrincipal;

/** Buyer roles and the approval threshold on the customer's page. */
@Controller
@RequestMapping("/dashboard/customers/{id}")
class CustomerBuyerRolePages {

	private final BuyerRoles roles;

	CustomerBuyerRolePages(BuyerRoles roles) {
		this.roles = roles;
	}

	@PostMapping("/contacts/{contactId}/role")
	String setRole(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, @PathVariable UUID contactId,
			@RequestParam(defaultValue = "") String role) {
		TeamOnly.require(me);
		Customer.Contact contact = this.roles.setRole(me.companyId(), id, contactId, role);
		return CustomerDetailView.redirect(id, contact.name() + " is now " + contact.role().label() + ".");
	}

	@PostMapping("/approval-threshold")
	String setThreshold(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String approvalThreshold) {
		TeamOnly.require(me);
		BigDecimal saved = this.roles.setThreshold(me.companyId(), id, approvalThreshold);
		return CustomerDetailView.redirect(id,
				(saved != null) ? "Orders over " + saved.toPlainString() + " by a Buyer now wait for approval."
						: "No approval threshold: Buyers' orders are placed at once.");
	}

}
