package app.distribu.customer.dashboard;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import app.distribu.customer.TeamOnly;
import app.distribu.customer.accounts.Customer;
import app.distribu.customer.accounts.CustomerChanges;
import app.distribu.customer.accounts.CustomerStatus;
import app.distribu.customer.accounts.Customers;
import app.distribu.customer.approval.Approvals;
import app.distribu.customer.approval.SentInvite;
import app.distribu.platform.security.DistribuPrincipal;

/**
 * A customer's detail page and the actions on the customer itself: approve (with invites,
 * whose URLs the page shows once) or reject a registration, block or unblock, edit the
 * details.
 */
@Controller
@RequestMapping("/dashboard/customers/{id}")
class CustomerDetailPages {

	private final Customers customers;

	private final Approvals approvals;

	private final CustomerDetailView view;

	CustomerDetailPages(Customers customers, Approvals approvals, CustomerDetailView view) {
		this.customers = customers;
		this.approvals = approvals;
		this.view = view;
	}

	@GetMapping
	String detail(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@RequestParam(required = false) String done, Model model) {
		TeamOnly.require(me);
		model.addAttribute("done", done);
		return this.view.show(me, id, List.of(), model);
	}

	@PostMapping("/approve")
	String approve(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
		TeamOnly.require(me);
		List<SentInvite> invites = this.approvals.approve(me.companyId(), id);
		return CustomerDetailView.redirectWithInvites(id,
				"Approved. The invite was emailed; you can also copy the link below.", invites, redirect);
	}

	@PostMapping("/reject")
	String reject(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id) {
		TeamOnly.require(me);
		Customer rejected = this.approvals.reject(me.companyId(), id);
		return "redirect:" + UriComponentsBuilder.fromPath("/dashboard/customers")
			.queryParam("rejected", rejected.name())
			.encode()
			.toUriString();
	}

	/**
	 * Block or unblock; the form's checkbox is the confirmation, so it works without JS.
	 */
	@PostMapping("/status")
	String status(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, @RequestParam String status,
			@RequestParam(required = false) String confirm, Model model) {
		TeamOnly.require(me);
		CustomerStatus to = CustomerStatus.parse(status);
		if (!"yes".equals(confirm)) {
			model.addAttribute("problem", "Tick the box to confirm the change.");
			return this.view.show(me, id, List.of(), model);
		}
		this.customers.changeStatus(me.companyId(), id, to);
		return CustomerDetailView.redirect(id, (to == CustomerStatus.BLOCKED)
				? "Blocked. The customer can sign in but not order." : "Unblocked. The customer can order again.");
	}

	@PostMapping("/details")
	String saveDetails(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@Valid @ModelAttribute("details") CustomerChanges details, BindingResult errors, Model model) {
		TeamOnly.require(me);
		if (errors.hasErrors()) {
			model.addAttribute("problem", "Please fix the fields marked below.");
			return this.view.show(me, id, List.of(), model);
		}
		this.customers.update(me.companyId(), id, details);
		return CustomerDetailView.redirect(id, "Details saved.");
	}

}
