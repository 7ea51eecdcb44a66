package app.distribu.customer.storefront;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.distribu.customer.accounts.AddressInput;
import app.distribu.customer.accounts.Addresses;
import app.distribu.customer.accounts.BuyerRole;
import app.distribu.customer.accounts.BuyerRoles;
import app.distribu.customer.accounts.Contacts;
import app.distribu.customer.accounts.Customer;
import app.distribu.customer.accounts.Customers;
import app.distribu.customer.accounts.NewCustomer;
import app.distribu.customer.upstream.CustomerUpstreams;
import app.distribu.platform.companies.Store;
import app.distribu.platform.companies.Stores;
import app.distribu.platform.web.NotFound;
import app.distribu.platform.web.Unprocessable;

/**
 * {@code /store/{slug}/account}: a signed-in contact's own name, their business's
 * addresses (add, make default, remove) and its latest orders. Every form redirects back
 * with a notice (POST/redirect/GET); a refused form is shown again with what was typed.
 */
@Controller
class StorefrontAccountPages {

	private final Stores stores;

	private final Customers customers;

	private final Contacts contacts;

	private final Addresses addresses;

	private final CustomerUpstreams upstreams;

	private final BuyerRoles roles;

	StorefrontAccountPages(Stores stores, Customers customers, Contacts contacts, Addresses addresses,
			CustomerUpstreams upstreams, BuyerRoles roles) {
		this.stores = stores;
		this.customers = customers;
		this.contacts = contacts;
		this.addresses = addresses;
		this.upstreams = upstreams;
		this.roles = roles;
	}

	@GetMapping("/store/{slug}/account")
	String account(@PathVariable String slug, Authentication auth, Model model, HttpServletResponse response) {
		return signedIn(slug, auth, model, response, (store, me) -> show(store, me, model));
	}

	@PostMapping("/store/{slug}/account/name")
	String rename(@PathVariable String slug, @RequestParam(defaultValue = "") String name, Authentication auth,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return signedIn(slug, auth, model, response, (store, me) -> {
			String trimmed = name.strip();
			if (trimmed.isEmpty() || trimmed.length() > 200) {
				response.setStatus(HttpServletResponse.SC_UNPROCESSABLE_CONTENT);
				model.addAttribute("nameError", trimmed.isEmpty() ? "Enter your name." : "Use at most 200 characters.");
				model.addAttribute("typedName", name);
				return show(store, me, model);
			}
			this.contacts.update(me.companyId(), me.customerId(), me.contactId(),
					new NewCustomer.NewContact(trimmed, contact(me).email()));
			return done(slug, "Your name is saved.", redirect);
		});
	}

	@PostMapping("/store/{slug}/account/addresses")
	String addAddress(@PathVariable String slug, @Valid @ModelAttribute("address") AddressInput address,
			BindingResult errors, Authentication auth, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return signedIn(slug, auth, model, response, (store, me) -> {
			if (errors.hasErrors()) {
				response.setStatus(HttpServletResponse.SC_UNPROCESSABLE_CONTENT);
				return show(store, me, model);
			}
			this.addresses.addOnce(me.companyId(), me.customerId(), address);
			return done(slug, "Address saved.", redirect);
		});
	}

	@PostMapping("/store/{slug}/account/addresses/{id}/default")
	String makeDefault(@PathVariable String slug, @PathVariable UUID id, Authentication auth, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return signedIn(slug, auth, model, response, (store, me) -> {
			this.addresses.makeDefault(me.companyId(), me.customerId(), id);
			return done(slug, "Default address changed.", redirect);
		});
	}

	@PostMapping("/store/{slug}/account/addresses/{id}/remove")
	String remove(@PathVariable String slug, @PathVariable UUID id, Authentication auth, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return signedIn(slug, auth, model, response, (store, me) -> {
			this.addresses.remove(me.companyId(), me.customerId(), id);
			return done(slug, "Address removed.", redirect);
		});
	}

	/** An admin buyer sets the buyer role of a contact of their own business. */
	@PostMapping("/store/{slug}/account/buyers/{contactId}/role")
	String setRole(@PathVariable String slug, @PathVariable UUID contactId,
			@RequestParam(defaultValue = "") String role, Authentication auth, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return asAdminBuyer(slug, auth, model, response, (store, me) -> {
			Customer.Contact saved = this.roles.setRole(me.companyId(), me.customerId(), contactId, role);
			return done(slug, saved.name() + " is now " + saved.role().label() + ".", redirect);
		});
	}

	/** An admin buyer sets the total over which a Buyer's order waits for approval. */
	@PostMapping("/store/{slug}/account/approval-threshold")
	String setThreshold(@PathVariable String slug, @RequestParam(defaultValue = "") String approvalThreshold,
			Authentication auth, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return asAdminBuyer(slug, auth, model, response, (store, me) -> {
			BigDecimal saved = this.roles.setThreshold(me.companyId(), me.customerId(), approvalThreshold);
			return done(slug,
					(saved != null) ? "Buyers' orders over " + saved.toPlainString() + " now wait for approval."
							: "No threshold: Buyers' orders are placed at once.",
					redirect);
		});
	}

	/**
	 * Only an admin buyer changes roles and the threshold; a refused change is shown on
	 * the page with what the rule says.
	 */
	private String asAdminBuyer(String slug, Authentication auth, Model model, HttpServletResponse response,
			AccountPage page) {
		return signedIn(slug, auth, model, response, (store, me) -> {
			if (contact(me).role() != BuyerRole.ADMIN_BUYER) {
				response.setStatus(HttpServletResponse.SC_FORBIDDEN);
				model.addAttribute("buyersError", "Only an Admin buyer can change roles and the approval threshold.");
				return show(store, me, model);
			}
			try {
				return page.render(store, me);
			}
			catch (Unprocessable refused) {
				response.setStatus(HttpServletResponse.SC_UNPROCESSABLE_CONTENT);
				model.addAttribute("buyersError", refused.getMessage());
				return show(store, me, model);
			}
		});
	}

	private String show(Store store, StoreContact me, Model model) {
		Customer customer = this.customers.customer(me.companyId(), me.customerId());
		model.addAttribute("customer", customer);
		model.addAttribute("contact", contact(me));
		model.addAttribute("buyerRoles", BuyerRole.values());
		if (!model.containsAttribute("address")) {
			model.addAttribute("address", new AddressInput("SHIPPING", "", "", "", "", "", false));
		}
		model.addAttribute("orders", this.upstreams.recentStoreOrders());
		return "storefront/account";
	}

	private Customer.Contact contact(StoreContact me) {
		return this.customers.customer(me.companyId(), me.customerId())
			.contact(me.contactId())
			.orElseThrow(() -> new NotFound("Contact"));
	}

	private static String done(String slug, String notice, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/store/" + slug + "/account";
	}

	/** The store's page for its own signed-in contact; others sign in first. */
	private String signedIn(String slug, Authentication auth, Model model, HttpServletResponse response,
			AccountPage page) {
		Optional<Store> store = this.stores.findBySlug(slug);
		if (store.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("slug", slug);
			return "storefront/not-found";
		}
		StoreContact me = StoreContact.of(auth, slug);
		if (me == null) {
			return "redirect:/store/" + slug + "/login?next="
					+ URLEncoder.encode("/store/" + slug + "/account", StandardCharsets.UTF_8);
		}
		model.addAttribute("store", store.get());
		return page.render(store.get(), me);
	}

	private interface AccountPage {

		String render(Store store, StoreContact me);

	}

}
