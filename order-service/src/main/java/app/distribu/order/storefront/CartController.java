package app.distribu.order.storefront;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.distribu.order.ordering.OrderDesk;
import app.distribu.order.quote.CatalogPriceQuotesClient;
import app.distribu.order.quote.PricesUnavailable;
import app.distribu.order.quote.Quote;

/** The cart: add (from the catalog's "Add to cart"), change, remove, quick order. */
@Controller
class CartController {

	static final int MAX_LINES = 200;

	private final CartRepository carts;

	private final CatalogPriceQuotesClient quotes;

	CartController(CartRepository carts, CatalogPriceQuotesClient quotes) {
		this.carts = carts;
		this.quotes = quotes;
	}

	/** What a visitor added before signing in joins the cart here. */
	@GetMapping("/store/{slug}/cart")
	String cart(Authentication auth, @PathVariable String slug, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		StoreSession session = StoreSession.require(auth, slug);
		List<OrderDesk.Item> pending = PendingCart.read(request);
		for (OrderDesk.Item item : pending) {
			if (full(session) == null) {
				this.carts.add(session, item.sku(), item.quantity());
			}
		}
		PendingCart.clear(request, response, slug);
		if (!pending.isEmpty()) {
			model.addAttribute("notice",
					(pending.size() == 1) ? "The product you chose before signing in is in your cart."
							: "The " + pending.size() + " products you chose before signing in are in your cart.");
		}
		return show(session, model);
	}

	/**
	 * The header's cart count, on every storefront page (asked by a script): the cart's
	 * lines, and what a visitor chose before signing in. Always 200, so a page never
	 * shows an error for it.
	 */
	@GetMapping(path = "/store/{slug}/cart/count", produces = "application/json")
	@ResponseBody
	Map<String, Integer> count(Authentication auth, @PathVariable String slug, HttpServletRequest request) {
		Set<String> skus = new HashSet<>();
		PendingCart.read(request).forEach((item) -> skus.add(item.sku()));
		StoreSession.of(auth, slug).ifPresent((session) -> this.carts.lines(session).forEach((l) -> skus.add(l.sku())));
		return Map.of("count", skus.size());
	}

	/**
	 * Add to cart. A visitor's choice waits in a cookie while they sign in, instead of
	 * being lost on the way.
	 */
	@PostMapping("/store/{slug}/cart/items")
	String add(Authentication auth, @PathVariable String slug, @RequestParam(defaultValue = "") String sku,
			@RequestParam(defaultValue = "1") String quantity, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Optional<StoreSession> signedIn = StoreSession.of(auth, slug);
		if (signedIn.isEmpty()) {
			Integer parsed = Quantity.parse(quantity);
			if (sku.isBlank() || parsed == null) {
				return "redirect:/store/" + slug;
			}
			PendingCart.add(request, response, slug, sku.strip(), parsed);
			return "redirect:/store/" + slug + "/login?kept&next="
					+ URLEncoder.encode("/store/" + slug + "/cart", StandardCharsets.UTF_8);
		}
		StoreSession session = signedIn.get();
		Integer parsed = Quantity.parse(quantity);
		String refusal = sku.isBlank() ? "Choose a product to add." : (parsed == null) ? Quantity.RULE : full(session);
		if (refusal != null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("error", refusal);
			return show(session, model);
		}
		this.carts.add(session, sku.strip(), parsed);
		return "redirect:" + session.path("/cart");
	}

	@PostMapping("/store/{slug}/cart/update")
	String update(Authentication auth, @PathVariable String slug, @RequestParam String sku,
			@RequestParam String quantity, Model model, HttpServletResponse response) {
		StoreSession session = StoreSession.require(auth, slug);
		if ("0".equals(quantity.strip())) {
			this.carts.remove(session, sku);
			return "redirect:" + session.path("/cart");
		}
		Integer parsed = Quantity.parse(quantity);
		if (parsed == null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("lineErrors", Map.of(sku, Quantity.RULE));
			return show(session, model);
		}
		this.carts.set(session, sku, parsed);
		return "redirect:" + session.path("/cart");
	}

	@PostMapping("/store/{slug}/cart/remove")
	String remove(Authentication auth, @PathVariable String slug, @RequestParam String sku) {
		StoreSession session = StoreSession.require(auth, slug);
		this.carts.remove(session, sku);
		return "redirect:" + session.path("/cart");
	}

	/**
	 * Adds the pasted lines catalog can sell; each other line keeps its message and stays
	 * in the box to be corrected.
	 */
	@PostMapping("/store/{slug}/cart/quick")
	String quick(Authentication auth, @PathVariable String slug, @RequestParam(defaultValue = "") String lines,
			RedirectAttributes redirect) {
		StoreSession session = StoreSession.require(auth, slug);
		QuickOrder quick = QuickOrder.parse(lines);
		Map<Integer, String> errors = new TreeMap<>(quick.errors());
		List<String> kept = new ArrayList<>();
		int added = 0;
		if (!quick.items().isEmpty()) {
			Quote quote = this.quotes.forStorefront(session.customerId(), quick.items());
			for (OrderDesk.Item item : quick.items()) {
				Quote.Line priced = quote.line(item.sku()).orElse(null);
				String problem = (priced != null) ? priced.problem() : "Unknown SKU: " + item.sku() + ".";
				if (problem == null && full(session) == null) {
					this.carts.add(session, item.sku(), item.quantity());
					added++;
				}
				else {
					errors.put(quick.lineOfSku().get(item.sku()),
							(problem != null) ? problem : "Your cart is full (200 lines).");
					kept.add(item.sku() + "," + item.quantity());
				}
			}
		}
		if (lines.isBlank()) {
			errors.put(1, "Paste one \"SKU,quantity\" line per product.");
		}
		quick.errors().keySet().forEach((line) -> kept.add(lines.split("\\R")[line - 1].strip()));
		// POST/redirect/GET: a reload shows the result again instead of adding the lines
		// twice.
		redirect.addFlashAttribute("quickAdded", added);
		redirect.addFlashAttribute("quickErrors",
				errors.entrySet().stream().map((e) -> "Line " + e.getKey() + ": " + e.getValue()).toList());
		redirect.addFlashAttribute("quickText", String.join("\n", kept));
		return "redirect:" + session.path("/cart");
	}

	private String full(StoreSession session) {
		return (this.carts.size(session) >= MAX_LINES) ? "Your cart is full (200 lines). Check out or remove a line."
				: null;
	}

	private String show(StoreSession session, Model model) {
		List<OrderDesk.Item> lines = this.carts.lines(session);
		model.addAttribute("store", session.store());
		model.addAttribute("lines", lines);
		model.addAttribute("cartCount", lines.size());
		if (!lines.isEmpty()) {
			try {
				model.addAttribute("quote", this.quotes.forStorefront(session.customerId(), lines));
			}
			catch (PricesUnavailable ex) {
				model.addAttribute("pricesUnavailable", ex.getMessage());
			}
		}
		return "store/cart";
	}

}
