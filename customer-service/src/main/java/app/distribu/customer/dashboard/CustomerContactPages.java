package app.distribu.customer.dashboard;

import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.distribu.customer.TeamOnly;
import app.distribu.customer.accounts.Contacts;
import app.distribu.customer.accounts.NewCustomer;
import app.distribu.customer.approval.Approvals;
import app.distribu.customer.approval.SentInvite;
import app.distribu.platform.security.DistribuPrincipal;

/** A customer's contacts on its detail page, and their invites. */
@Controller
@RequestMapping("/dashboard/customers/{id}/contacts")
class CustomerContactPages {

	private final Contacts contacts;

	private final Approvals approvals;

	private final CustomerDetailView view;

	CustomerContactPages(Contacts contacts, Approvals approvals, CustomerDetailView view) {
		this.contacts = contacts;
		this.approvals = approvals;
		this.view = view;
	}

	@PostMapping("/{contactId}/invite")
	String resend(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, @PathVariable UUID contactId,
			RedirectAttributes redirect) {
		TeamOnly.require(me);
		SentInvite invite = this.approvals.resend(me.companyId(), id, contactId);
		return CustomerDetailView.redirectWithInvites(id,
				"A new invite was emailed to " + invite.email() + "; the previous link no longer works.",
				List.of(invite), redirect);
	}

	@PostMapping
	String addContact(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String email, Model model) {
		TeamOnly.require(me);
		String problem = ContactInput.problem(name, email);
		if (problem != null) {
			model.addAttribute("problem", problem);
			return this.view.show(me, id, List.of(), model);
		}
		this.contacts.add(me.companyId(), id, new NewCustomer.NewContact(name, email));
		return CustomerDetailView.redirect(id, "Contact added. Send them an invite so they can sign in.");
	}

	@PostMapping("/{contactId}")
	String editContact(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@PathVariable UUID contactId, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String email, Model model) {
		TeamOnly.require(me);
		String problem = ContactInput.problem(name, email);
		if (problem != null) {
			model.addAttribute("problem", problem);
			return this.view.show(me, id, List.of(), model);
		}
		this.contacts.update(me.companyId(), id, contactId, new NewCustomer.NewContact(name, email));
		return CustomerDetailView.redirect(id, "Contact saved. If the email changed, re-send the invite.");
	}

	@PostMapping("/{contactId}/remove")
	String removeContact(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@PathVariable UUID contactId) {
		TeamOnly.require(me);
		this.contacts.remove(me.companyId(), id, contactId);
		return CustomerDetailView.redirect(id, "Contact removed.");
	}

}
