package app.distribu.customer.dashboard;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import app.distribu.customer.accounts.BuyerRole;
import app.distribu.customer.accounts.Customer;
import app.distribu.customer.accounts.CustomerChanges;
import app.distribu.customer.accounts.Customers;
import app.distribu.customer.accounts.PaymentTerms;
import app.distribu.customer.approval.SentInvite;
import app.distribu.customer.credit.CreditPolicies;
import app.distribu.customer.upstream.CustomerUpstreams;
import app.distribu.platform.security.DistribuPrincipal;

/** Draws the customer detail page for the controllers that act on it. */
@Component
class CustomerDetailView {

	private final Customers customers;

	private final CustomerUpstreams upstreams;

	private final CreditPolicies credit;

	CustomerDetailView(Customers customers, CustomerUpstreams upstreams, CreditPolicies credit) {
		this.customers = customers;
		this.upstreams = upstreams;
		this.credit = credit;
	}

	/**
	 * {@code invites} were just sent: their URLs are shown this once (they also arrive as
	 * a flash attribute after a redirect).
	 */
	String show(DistribuPrincipal me, UUID id, List<SentInvite> invites, Model model) {
		Customer customer = this.customers.customer(me.companyId(), id);
		model.addAttribute("customer", customer);
		model.addAttribute("buyerRoles", BuyerRole.values());
		if (!model.containsAttribute("details")) {
			model.addAttribute("details", CustomerChanges.of(customer));
		}
		if (!model.containsAttribute("invites") || !invites.isEmpty()) {
			model.addAttribute("invites", invites);
		}
		model.addAttribute("extras", this.upstreams.of(customer.id()));
		model.addAttribute("groups", this.customers.groups(me.companyId()));
		model.addAttribute("paymentTerms", PaymentTerms.values());
		model.addAttribute("creditEnforced", this.credit.enforced(me.companyId()));
		return "customers/detail";
	}

	/**
	 * Back to the page with a message and the invite links just sent: the links travel in
	 * the sealed flash cookie, never in the address.
	 */
	static String redirectWithInvites(UUID id, String done, List<SentInvite> invites, RedirectAttributes redirect) {
		redirect.addFlashAttribute("invites", invites);
		return redirect(id, done);
	}

	/** Back to the page with a message (post/redirect/get). */
	static String redirect(UUID id, String done) {
		return "redirect:" + UriComponentsBuilder.fromPath("/dashboard/customers/{id}")
			.queryParam("done", done)
			.buildAndExpand(id)
			.encode()
			.toUriString();
	}

}
