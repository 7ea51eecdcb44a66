package app.distribu.customer.storefront;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.distribu.customer.accounts.DuplicateEmail;
import app.distribu.platform.companies.Store;
import app.distribu.platform.companies.Stores;
import app.distribu.platform.web.ClientAddress;

/**
 * The storefront's sign-in (an emailed link, no password) and self-registration. The
 * answer to a sign-in request never says whether the address is known.
 */
@Controller
class StorefrontPages {

	static final String NEUTRAL_ANSWER = "If this address belongs to an account at this store, we've emailed it a sign-in link. It works once, for 30 minutes.";

	private final Stores stores;

	private final Registrations registrations;

	StorefrontPages(Stores stores, Registrations registrations) {
		this.stores = stores;
		this.registrations = registrations;
	}

	/**
	 * {@code kept}: a visitor's "Add to cart" waits for them in the cart (order-service
	 * keeps it); {@code sent}: the answer after asking for a link (POST/redirect/GET).
	 */
	@GetMapping("/store/{slug}/login")
	String loginForm(@PathVariable String slug, @RequestParam(required = false) String signedOut,
			@RequestParam(required = false) String kept, @RequestParam(required = false) String sent, Model model,
			HttpServletResponse response) {
		return withStore(slug, model, response, (store) -> {
			if (sent != null) {
				model.addAttribute("sent", NEUTRAL_ANSWER);
				return "storefront/login-sent";
			}
			model.addAttribute("signedOut", signedOut != null);
			model.addAttribute("kept", kept != null);
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
			return "redirect:/store/" + slug + "/login?sent";
		});
	}

	/** {@code done}: the thank-you page after registering (POST/redirect/GET). */
	@GetMapping("/store/{slug}/register")
	String registerForm(@PathVariable String slug, @RequestParam(required = false) String done, Model model,
			HttpServletResponse response) {
		return withStore(slug, model, response, (store) -> {
			if (done != null) {
				return "storefront/registered";
			}
			model.addAttribute("form", Registration.empty());
			return "storefront/register";
		});
	}

	@PostMapping("/store/{slug}/register")
	String register(@PathVariable String slug, @Valid @ModelAttribute("form") Registration form, BindingResult errors,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
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
			redirect.addFlashAttribute("registeredEmail", form.email());
			return "redirect:/store/" + slug + "/register?done";
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
