package app.distribu.customer.customer;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import app.distribu.customer.invite.LinkUnavailable;
import app.distribu.customer.upstream.CustomerUpstreams;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.web.DomainProblem;

/**
 * A customer's detail page and its actions: approve or reject a registration, block or
 * unblock, contacts, invites. After an invite the page shows its URL once, to copy.
 */
@Controller
@RequestMapping("/dashboard/customers/{id}")
class CustomerDetailPages {

	private final Customers customers;

	private final Approvals approvals;

	private final Contacts contacts;

	private final Addresses addresses;

	private final CustomerUpstreams upstreams;

	CustomerDetailPages(Customers customers, Approvals approvals, Contacts contacts, Addresses addresses,
			CustomerUpstreams upstreams) {
		this.customers = customers;
		this.addresses = addresses;
		this.approvals = approvals;
		this.contacts = contacts;
		this.upstreams = upstreams;
	}

	@GetMapping
	String detail(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@RequestParam(required = false) String done, Model model) {
		CustomerPages.requireTeamMember(me);
		model.addAttribute("done", done);
		return show(me, id, List.of(), model);
	}

	@PostMapping("/approve")
	String approve(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, Model model) {
		CustomerPages.requireTeamMember(me);
		List<SentInvite> invites = this.approvals.approve(me.companyId(), id);
		model.addAttribute("done", "Approved. The invite was emailed; you can also copy the link below.");
		return show(me, id, invites, model);
	}

	@PostMapping("/reject")
	String reject(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id) {
		CustomerPages.requireTeamMember(me);
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
		CustomerPages.requireTeamMember(me);
		CustomerStatus to = CustomerStatus.parse(status);
		if (!"yes".equals(confirm)) {
			model.addAttribute("problem", "Tick the box to confirm the change.");
			return show(me, id, List.of(), model);
		}
		this.customers.changeStatus(me.companyId(), id, to);
		return redirect(id, (to == CustomerStatus.BLOCKED) ? "Blocked. The customer can sign in but not order."
				: "Unblocked. The customer can order again.");
	}

	@PostMapping("/details")
	String saveDetails(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@Valid @ModelAttribute("details") CustomerChanges details, BindingResult errors, Model model) {
		CustomerPages.requireTeamMember(me);
		if (errors.hasErrors()) {
			model.addAttribute("problem", "Please fix the fields marked below.");
			return show(me, id, List.of(), model);
		}
		this.customers.update(me.companyId(), id, details);
		return redirect(id, "Details saved.");
	}

	@PostMapping("/addresses")
	String addAddress(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@Valid @ModelAttribute("address") AddressInput address, BindingResult errors, Model model) {
		CustomerPages.requireTeamMember(me);
		if (errors.hasErrors()) {
			model.addAttribute("problem", errors.getFieldErrors().get(0).getDefaultMessage());
			return show(me, id, List.of(), model);
		}
		this.addresses.add(me.companyId(), id, address);
		return redirect(id, "Address added.");
	}

	@PostMapping("/addresses/{addressId}/default")
	String defaultAddress(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@PathVariable UUID addressId) {
		CustomerPages.requireTeamMember(me);
		this.addresses.makeDefault(me.companyId(), id, addressId);
		return redirect(id, "Default address changed.");
	}

	@PostMapping("/addresses/{addressId}/remove")
	String removeAddress(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@PathVariable UUID addressId) {
		CustomerPages.requireTeamMember(me);
		this.addresses.remove(me.companyId(), id, addressId);
		return redirect(id, "Address removed.");
	}

	@PostMapping("/contacts/{contactId}/invite")
	String resend(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, @PathVariable UUID contactId,
			Model model) {
		CustomerPages.requireTeamMember(me);
		SentInvite invite = this.approvals.resend(me.companyId(), id, contactId);
		model.addAttribute("done",
				"A new invite was emailed to " + invite.email() + "; the previous link no longer works.");
		return show(me, id, List.of(invite), model);
	}

	@PostMapping("/contacts")
	String addContact(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String email, Model model) {
		CustomerPages.requireTeamMember(me);
		String problem = ContactInput.problem(name, email);
		if (problem != null) {
			model.addAttribute("problem", problem);
			return show(me, id, List.of(), model);
		}
		this.contacts.add(me.companyId(), id, new NewCustomer.NewContact(name, email));
		return redirect(id, "Contact added. Send them an invite so they can sign in.");
	}

	@PostMapping("/contacts/{contactId}")
	String editContact(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@PathVariable UUID contactId, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String email, Model model) {
		CustomerPages.requireTeamMember(me);
		String problem = ContactInput.problem(name, email);
		if (problem != null) {
			model.addAttribute("problem", problem);
			return show(me, id, List.of(), model);
		}
		this.contacts.update(me.companyId(), id, contactId, new NewCustomer.NewContact(name, email));
		return redirect(id, "Contact saved. If the email changed, re-send the invite.");
	}

	@PostMapping("/contacts/{contactId}/remove")
	String removeContact(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@PathVariable UUID contactId) {
		CustomerPages.requireTeamMember(me);
		this.contacts.remove(me.companyId(), id, contactId);
		return redirect(id, "Contact removed.");
	}

	/** Refusals (a stale status, a taken email, identity down) are shown on the page. */
	@ExceptionHandler({ StatusConflict.class, DuplicateEmail.class, LinkUnavailable.class })
	String refused(DomainProblem problem, Model model, HttpServletRequest request, HttpServletResponse response) {
		DistribuPrincipal me = (DistribuPrincipal) SecurityContextHolder.getContext()
			.getAuthentication()
			.getPrincipal();
		// The path is /dashboard/customers/{id}/...
		UUID id = UUID.fromString(request.getRequestURI().split("/")[3]);
		response.setStatus(problem.status().value());
		model.addAttribute("problem", problem.getMessage());
		return show(me, id, List.of(), model);
	}

	private String show(DistribuPrincipal me, UUID id, List<SentInvite> invites, Model model) {
		Customer customer = this.customers.customer(me.companyId(), id);
		model.addAttribute("customer", customer);
		if (!model.containsAttribute("details")) {
			model.addAttribute("details", CustomerChanges.of(customer));
		}
		model.addAttribute("invites", invites);
		model.addAttribute("extras", this.upstreams.of(customer.id()));
		return "customers/detail";
	}

	private static String redirect(UUID id, String done) {
		return "redirect:" + UriComponentsBuilder.fromPath("/dashboard/customers/{id}")
			.queryParam("done", done)
			.buildAndExpand(id)
			.encode()
			.toUriString();
	}

}
