package app.distribu.order.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import app.distribu.order.ordering.OrderDesk;
import app.distribu.order.quote.CatalogPriceQuotesClient;
import app.distribu.order.quote.PricesUnavailable;
import app.distribu.order.quote.Quote;
import app.distribu.order.storefront.Carts;
import app.distribu.order.storefront.Quantity;
import app.distribu.order.storefront.StoreSession;
import app.distribu.platform.web.Unprocessable;

/**
 * The buyer's lists at {@code /store/{slug}/lists}: kept per customer, so colleagues
 * share them. Every form redirects; a refusal comes back as a message on the page it came
 * from.
 */
@Controller
class StoreListsController {

	private final SavedLists lists;

	private final CatalogPriceQuotesClient quotes;

	private final Carts carts;

	StoreListsController(SavedLists lists, CatalogPriceQuotesClient quotes, Carts carts) {
		this.lists = lists;
		this.quotes = quotes;
		this.carts = carts;
	}

	@GetMapping("/store/{slug}/lists")
	String lists(Authentication auth, @PathVariable String slug, Model model) {
		StoreSession session = StoreSession.require(auth, slug);
		layout(session, model);
		model.addAttribute("lists", this.lists.ofCustomer(session.companyId(), session.customerId()));
		return "lists/store-lists";
	}

	@PostMapping("/store/{slug}/lists")
	String create(Authentication auth, @PathVariable String slug, @RequestParam(defaultValue = "") String name,
			RedirectAttributes redirect) {
		StoreSession session = StoreSession.require(auth, slug);
		SavedList created = FlashedRefusal.attempt(redirect, () -> this.lists.create(session.companyId(),
				session.customerId(), name, false, session.contactId(), List.of()));
		if (created == null) {
			redirect.addFlashAttribute("name", name);
			return "redirect:" + session.path("/lists");
		}
		redirect.addFlashAttribute("notice", "List \"" + created.name() + "\" created. Add products from the catalog.");
		return "redirect:" + session.path("/lists/" + created.id());
	}

	@GetMapping("/store/{slug}/lists/{listId}")
	String list(Authentication auth, @PathVariable String slug, @PathVariable UUID listId, Model model) {
		StoreSession session = StoreSession.require(auth, slug);
		SavedList list = this.lists.requireOf(session.companyId(), session.customerId(), listId);
		layout(session, model);
		Quote quote = null;
		if (!list.lines().isEmpty()) {
			try {
				quote = this.quotes.forStorefront(session.customerId(), list.items());
				model.addAttribute("total", quote.money(quote.total()));
			}
			catch (PricesUnavailable ex) {
				model.addAttribute("pricesUnavailable", ex.getMessage());
			}
		}
		Quote priced = quote;
		model.addAttribute("list", list);
		model.addAttribute("rows", list.lines().stream().map((line) -> ListRow.of(line, priced)).toList());
		return "lists/store-list";
	}

	@PostMapping("/store/{slug}/lists/{listId}/rename")
	String rename(Authentication auth, @PathVariable String slug, @PathVariable UUID listId,
			@RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
		StoreSession session = StoreSession.require(auth, slug);
		own(session, listId);
		if (FlashedRefusal.attempt(redirect, () -> this.lists.rename(session.companyId(), listId, name)) != null) {
			redirect.addFlashAttribute("notice", "List renamed.");
		}
		return "redirect:" + session.path("/lists/" + listId);
	}

	@PostMapping("/store/{slug}/lists/{listId}/delete")
	String delete(Authentication auth, @PathVariable String slug, @PathVariable UUID listId,
			RedirectAttributes redirect) {
		StoreSession session = StoreSession.require(auth, slug);
		SavedList list = own(session, listId);
		this.lists.delete(session.companyId(), listId);
		redirect.addFlashAttribute("notice", "List \"" + list.name() + "\" deleted.");
		return "redirect:" + session.path("/lists");
	}

	/** A quantity of 0 removes the line. */
	@PostMapping("/store/{slug}/lists/{listId}/lines/update")
	String updateLine(Authentication auth, @PathVariable String slug, @PathVariable UUID listId,
			@RequestParam(defaultValue = "") String sku, @RequestParam(defaultValue = "") String quantity,
			RedirectAttributes redirect) {
		StoreSession session = StoreSession.require(auth, slug);
		own(session, listId);
		if ("0".equals(quantity.strip())) {
			this.lists.removeLine(session.companyId(), listId, sku);
			return "redirect:" + session.path("/lists/" + listId);
		}
		Integer parsed = Quantity.parse(quantity);
		if (parsed == null) {
			redirect.addFlashAttribute("error", sku + ": " + Quantity.RULE);
		}
		else {
			this.lists.setLine(session.companyId(), listId, sku, parsed);
		}
		return "redirect:" + session.path("/lists/" + listId);
	}

	@PostMapping("/store/{slug}/lists/{listId}/lines/remove")
	String removeLine(Authentication auth, @PathVariable String slug, @PathVariable UUID listId,
			@RequestParam(defaultValue = "") String sku) {
		StoreSession session = StoreSession.require(auth, slug);
		own(session, listId);
		this.lists.removeLine(session.companyId(), listId, sku);
		return "redirect:" + session.path("/lists/" + listId);
	}

	/** A shared list becomes the buyer's own copy, which they can change. */
	@PostMapping("/store/{slug}/lists/{listId}/copy")
	String copy(Authentication auth, @PathVariable String slug, @PathVariable UUID listId,
			RedirectAttributes redirect) {
		StoreSession session = StoreSession.require(auth, slug);
		this.lists.requireOf(session.companyId(), session.customerId(), listId);
		SavedList copy = FlashedRefusal.attempt(redirect,
				() -> this.lists.copy(session.companyId(), listId, session.contactId()));
		if (copy == null) {
			return "redirect:" + session.path("/lists/" + listId);
		}
		redirect.addFlashAttribute("notice", "Copied to your list \"" + copy.name() + "\".");
		return "redirect:" + session.path("/lists/" + copy.id());
	}

	/**
	 * "Add all to cart": every line catalog accepts now goes into the cart at the
	 * customer's current prices (the cart prices them); the others are named with the
	 * reason on the cart page.
	 */
	@PostMapping("/store/{slug}/lists/{listId}/to-cart")
	String toCart(Authentication auth, @PathVariable String slug, @PathVariable UUID listId,
			RedirectAttributes redirect) {
		StoreSession session = StoreSession.require(auth, slug);
		SavedList list = this.lists.requireOf(session.companyId(), session.customerId(), listId);
		if (list.lines().isEmpty()) {
			redirect.addFlashAttribute("error", "This list is empty. Add products from the catalog first.");
			return "redirect:" + session.path("/lists/" + listId);
		}
		Quote quote;
		try {
			quote = this.quotes.forStorefront(session.customerId(), list.items());
		}
		catch (PricesUnavailable ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:" + session.path("/lists/" + listId);
		}
		List<OrderDesk.Item> orderable = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		for (ListLine line : list.lines()) {
			ListRow row = ListRow.of(line, quote);
			if (row.problem() == null) {
				orderable.add(new OrderDesk.Item(line.sku(), line.quantity()));
			}
			else {
				skipped.add(row.unavailable() ? line.sku() + " is no longer available" : stripDot(row.problem()));
			}
		}
		List<OrderDesk.Item> full = this.carts.add(session, orderable);
		full.forEach((item) -> skipped.add(item.sku() + " did not fit: your cart is full (200 lines)"));
		int added = orderable.size() - full.size();
		ListMeters.ordered(added, skipped.size());
		redirect.addFlashAttribute("notice", "\"" + list.name() + "\": " + added
				+ ((added == 1) ? " product" : " products") + " added to your cart.");
		if (!skipped.isEmpty()) {
			redirect.addFlashAttribute("error", "Not added: " + String.join("; ", skipped) + ".");
		}
		return "redirect:" + session.path("/cart");
	}

	/** "Add to list" from a product: choose one of the buyer's lists, or a new one. */
	@GetMapping("/store/{slug}/lists/add")
	String chooser(Authentication auth, @PathVariable String slug, @RequestParam(defaultValue = "") String sku,
			@RequestParam(defaultValue = "1") String quantity, Model model) {
		StoreSession session = StoreSession.require(auth, slug);
		layout(session, model);
		model.addAttribute("sku", sku.strip());
		model.addAttribute("quantity", quantity.strip());
		model.addAttribute("lists",
				this.lists.ofCustomer(session.companyId(), session.customerId())
					.stream()
					.filter((list) -> !list.shared())
					.toList());
		if (!sku.isBlank()) {
			try {
				this.quotes.forStorefront(session.customerId(), List.of(new OrderDesk.Item(sku.strip(), 1)))
					.line(sku.strip())
					.ifPresent((line) -> model.addAttribute("productName", line.name()));
			}
			catch (PricesUnavailable ex) {
				// The SKU is enough to go on with.
			}
		}
		return "lists/store-add";
	}

	/** {@code list}: a list's listId, or {@code new} with {@code name}. */
	@PostMapping("/store/{slug}/lists/add")
	String add(Authentication auth, @PathVariable String slug, @RequestParam(defaultValue = "") String sku,
			@RequestParam(defaultValue = "") String quantity, @RequestParam(defaultValue = "") String list,
			@RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
		StoreSession session = StoreSession.require(auth, slug);
		String back = UriComponentsBuilder.fromPath(session.path("/lists/add"))
			.queryParam("sku", sku)
			.queryParam("quantity", quantity)
			.encode()
			.build()
			.toUriString();
		Integer parsed = Quantity.parse(quantity);
		if (parsed == null) {
			redirect.addFlashAttribute("error", Quantity.RULE);
			return "redirect:" + back;
		}
		SavedList target;
		if ("new".equals(list) || list.isBlank()) {
			target = FlashedRefusal.attempt(redirect, () -> this.lists.create(session.companyId(), session.customerId(),
					name, false, session.contactId(), List.of()));
			if (target == null) {
				redirect.addFlashAttribute("name", name);
				return "redirect:" + back;
			}
		}
		else {
			target = own(session, parseId(list));
		}
		UUID targetId = target.id();
		SavedList saved = FlashedRefusal.attempt(redirect,
				() -> this.lists.addLine(session.companyId(), targetId, sku, parsed));
		if (saved == null) {
			return "redirect:" + back;
		}
		redirect.addFlashAttribute("notice", "Added " + sku.strip() + " × " + parsed + " to \"" + saved.name() + "\".");
		return "redirect:" + session.path("/lists/" + saved.id());
	}

	/** One of the customer's own lists; a shared list is the distributor's to change. */
	private SavedList own(StoreSession session, UUID listId) {
		SavedList list = this.lists.requireOf(session.companyId(), session.customerId(), listId);
		if (list.shared()) {
			throw new Unprocessable(
					"This list is shared by " + session.store().name() + ". Copy it to make a list you can change.");
		}
		return list;
	}

	private static UUID parseId(String listId) {
		try {
			return UUID.fromString(listId);
		}
		catch (IllegalArgumentException ex) {
			throw new ListNotFound();
		}
	}

	private void layout(StoreSession session, Model model) {
		model.addAttribute("store", session.store());
		model.addAttribute("cartCount", this.carts.size(session));
	}

	private static String stripDot(String text) {
		return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
	}

}
