package app.distribu.customer.dashboard;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import app.distribu.customer.TeamOnly;
import app.distribu.customer.accounts.Customer;
import app.distribu.customer.accounts.CustomerFilter;
import app.distribu.customer.accounts.Customers;
import app.distribu.customer.accounts.DuplicateEmail;
import app.distribu.customer.accounts.NewCustomer;
import app.distribu.platform.security.DistribuPrincipal;

/** The dashboard's customer list and new-customer form, for any team member. */
@Controller
@RequestMapping("/dashboard/customers")
class CustomerPages {

	private static final int PAGE_SIZE = 50;

	private final Customers customers;

	CustomerPages(Customers customers) {
		this.customers = customers;
	}

	@GetMapping
	String list(@AuthenticationPrincipal DistribuPrincipal me, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) String q, @RequestParam(required = false) String status,
			@RequestParam(required = false) String created, @RequestParam(required = false) String rejected,
			Model model) {
		TeamOnly.require(me);
		CustomerFilter filter = CustomerFilter.of(q, status);
		model.addAttribute("page", this.customers.customers(me.companyId(), PAGE_SIZE, cursor, filter));
		model.addAttribute("filter", filter);
		model.addAttribute("pending", this.customers.pendingCount(me.companyId()));
		model.addAttribute("created", created);
		model.addAttribute("rejected", rejected);
		return "customers/list";
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal DistribuPrincipal me, Model model) {
		TeamOnly.require(me);
		model.addAttribute("form", new NewCustomer("", "", "", null, "ACTIVE", null));
		return "customers/new";
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal DistribuPrincipal me, @Valid @ModelAttribute("form") NewCustomer form,
			BindingResult errors) {
		TeamOnly.require(me);
		if (errors.hasErrors()) {
			return "customers/new";
		}
		try {
			Customer customer = this.customers.addCustomer(me.companyId(), form);
			return "redirect:" + UriComponentsBuilder.fromPath("/dashboard/customers")
				.queryParam("created", customer.name())
				.encode()
				.toUriString();
		}
		catch (DuplicateEmail duplicate) {
			errors.rejectValue("email", "duplicate", duplicate.getMessage());
			return "customers/new";
		}
	}

}
