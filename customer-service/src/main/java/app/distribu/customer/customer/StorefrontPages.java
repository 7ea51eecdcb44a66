package app.distribu.customer.customer;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.distribu.customer.store.Store;
import app.distribu.customer.store.StoreRepository;
import app.distribu.platform.web.ClientAddress;

/**
 * The storefront's sign-in (an emailed link, no password) and self-registration. The
 * answer to a sign-in request never says whether the address is known.
 */
@Controller
class StorefrontPages {

	static final String NEUTRAL_ANSWER = "If this address belongs to an account at this store, we've emailed it a sign-in link. It works once, for 30 minutes.";

	private final StoreRepository stores;

	private final Registrations registrations;

	StorefrontPages(StoreRepository stores, Registrations registrations) {
		this.stores = stores;
		this.registrations = registrations;
	}

	@GetMapping("/store/{slug}/login")
	String loginForm(@PathVariable String slug, @RequestParam(required = false) String signedOut, Model model,
			HttpServletResponse response) {
		return withStore(slug, model, response, (store) -> {
			model.addAttribute("signedOut", signedOut != null);
			return "storefront/login";
		});
	}

	@PostMapping("/store/{slug}/login")
	String requestLink(@PathVariable String slug, @RequestParam(defaultValue = "") String email, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		return withStore(slug, model, response, (store) -> {
			String address = email.trim();
			if (!address.matches("[^@\\s]+@[^@\\s]+")) {
				model.addAttribute("email", address);
				model.addAttribute("emailError", "Enter a valid email address.");
				return "storefront/login";
			}
			this.registrations.requestSignIn(store, address, ClientAddress.of(request));
			model.addAttribute("sent", NEUTRAL_ANSWER);
			return "storefront/login-sent";
		});
	}

	@GetMapping("/store/{slug}/register")
	String registerForm(@PathVariable String slug, Model model, HttpServletResponse response) {
		return withStore(slug, model, response, (store) -> {
			model.addAttribute("form", Registration.empty());
			return "storefront/register";
		});
	}

	@PostMapping("/store/{slug}/register")
	String register(@PathVariable String slug, @Valid @ModelAttribute("form") Registration form, BindingResult errors,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		return withStore(slug, model, response, (store) -> {
			if (errors.hasErrors()) {
				return "storefront/register";
			}
			try {
				this.registrations.register(store, form, ClientAddress.of(request));
			}
			catch (DuplicateEmail duplicate) {
				errors.rejectValue("email", "duplicate",
						"An account with this email already exists at this store. Ask for a sign-in link instead.");
				return "storefront/register";
			}
			return "storefront/registered";
		});
	}

	/** Unknown slugs (they are case-sensitive) get the store-not-found page. */
	private String withStore(String slug, Model model, HttpServletResponse response, StorePage page) {
		Optional<Store> store = this.stores.findBySlug(slug);
		if (store.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("slug", slug);
			return "storefront/not-found";
		}
		model.addAttribute("store", store.get());
		return page.render(store.get());
	}

	private interface StorePage {

		String render(Store store);

	}

}
