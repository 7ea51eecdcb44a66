package app.distribu.order.storefront;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.distribu.order.credit.CreditLimits;
import app.distribu.order.ordering.Order;
import app.distribu.order.ordering.OrderDesk;
import app.distribu.order.quote.CatalogPriceQuotesClient;
import app.distribu.order.quote.Quote;
import app.distribu.order.quote.Refusals;
import app.distribu.platform.web.DomainProblem;

/**
 * Checkout: delivery address, PO number and notes, prices checked again at submit, then
 * the order is placed like every other order (source STOREFRONT, the customer's prices).
 */
@Controller
class CheckoutController {

	static final String BLOCKED = "Your account is on hold, so orders can't be placed right now. "
			+ "You can still browse; please contact the store.";

	private final CartRepository carts;

	private final CatalogPriceQuotesClient quotes;

	private final CustomerAccounts accounts;

	private final OrderDesk desk;

	private final CreditLimits credit;

	private final CheckoutHold hold;

	CheckoutController(CartRepository carts, CatalogPriceQuotesClient quotes, CustomerAccounts accounts, OrderDesk desk,
			CreditLimits credit, CheckoutHold hold) {
		this.carts = carts;
		this.quotes = quotes;
		this.accounts = accounts;
		this.desk = desk;
		this.credit = credit;
		this.hold = hold;
	}

	@GetMapping("/store/{slug}/checkout")
	String checkout(Authentication auth, @PathVariable String slug, Model model) {
		StoreSession session = StoreSession.require(auth, slug);
		List<OrderDesk.Item> lines = this.carts.lines(session);
		if (lines.isEmpty()) {
			return "redirect:" + session.path("/cart");
		}
		CustomerAccount account = this.accounts.of(session.companyId(), session.customerId(), null);
		Quote quote = this.quotes.forStorefront(session.customerId(), lines);
		List<CustomerAccount.Address> addresses = account.shippingAddresses();
		String choice = addresses.isEmpty() ? Entered.NEW : addresses.get(0).id().toString();
		return show(session, account, quote, new Entered(choice, "", "", NewAddress.EMPTY), Map.of(), model);
	}

	/**
	 * Places the order to a saved address or to a new one, which is saved to the customer
	 * first (the same address typed again is not saved twice).
	 */
	@PostMapping("/store/{slug}/checkout")
	String place(Authentication auth, @PathVariable String slug,
			@RequestParam(defaultValue = "") String shippingAddressId, @RequestParam(defaultValue = "") String notes,
			@RequestParam(defaultValue = "") String poNumber, @RequestParam(required = false) BigDecimal quotedTotal,
			@RequestParam(defaultValue = "") String line1, @RequestParam(defaultValue = "") String line2,
			@RequestParam(defaultValue = "") String postalCode, @RequestParam(defaultValue = "") String city,
			@RequestParam(defaultValue = "") String country, Model model, HttpServletResponse response) {
		StoreSession session = StoreSession.require(auth, slug);
		List<OrderDesk.Item> lines = this.carts.lines(session);
		if (lines.isEmpty()) {
			return "redirect:" + session.path("/cart");
		}
		Entered entered = new Entered(shippingAddressId.strip(), notes, poNumber,
				NewAddress.of(line1, line2, postalCode, city, country));
		CustomerAccount account = this.accounts.of(session.companyId(), session.customerId(), entered.savedId());
		Map<String, String> addressProblems = entered.isNew() ? entered.address().problems() : Map.of();
		String refusal = refusal(account, entered);
		if (refusal != null || !addressProblems.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_UNPROCESSABLE_CONTENT);
			model.addAttribute("error", (refusal != null) ? refusal : "Check the delivery address.");
			return show(session, account, this.quotes.forStorefront(session.customerId(), lines), entered,
					addressProblems, model);
		}
		UUID addressId = entered.isNew() ? this.accounts.addShippingAddress(session.customerId(), entered.address())
				: UUID.fromString(entered.choice());
		try {
			// A Requester's order, or a Buyer's over the threshold, waits for an admin
			// buyer instead (docs/buyer-roles-and-approvals.md).
			if (this.hold.held(session, lines, addressId, notes, poNumber)) {
				this.carts.clear(session);
				return "redirect:" + session.path("/approvals?requested");
			}
			// One catalog call: the reservation prices the lines, refuses a line that
			// can't be ordered (on its line below) and a total other than the one shown.
			Order order = this.desk.placeFromStorefront(session.companyId(), session.buyer(), session.customerId(),
					lines, notes, poNumber, addressId, quotedTotal);
			this.carts.clear(session);
			return "redirect:" + session.path("/orders/" + order.id() + "?placed");
		}
		catch (DomainProblem refused) {
			// Stock taken by someone else a moment ago, the monthly limit: said where it
			// belongs. A new address is saved by now, so it is offered as a saved one.
			response.setStatus(refused.status().value());
			List<String> skus = lines.stream().map(OrderDesk.Item::sku).toList();
			Refusals.skuIn(refused.getMessage(), skus)
				.ifPresentOrElse((sku) -> model.addAttribute("lineErrors", Map.of(sku, refused.getMessage())),
						() -> model.addAttribute("error", refused.getMessage()));
			Entered again = new Entered(addressId.toString(), notes, poNumber, NewAddress.EMPTY);
			return show(session, this.accounts.of(session.companyId(), session.customerId(), addressId),
					this.quotes.forStorefront(session.customerId(), lines), again, Map.of(), model);
		}
	}

	/**
	 * Why the order can't be placed as entered, or null. Lines and prices are checked by
	 * the reservation itself.
	 */
	private static String refusal(CustomerAccount account, Entered entered) {
		if (account.isBlocked()) {
			return BLOCKED;
		}
		if (!entered.isNew()
				&& account.shippingAddresses().stream().noneMatch((a) -> a.id().toString().equals(entered.choice()))) {
			return "Choose a delivery address.";
		}
		if (entered.notes().length() > 2000) {
			return "Notes can be at most 2000 characters.";
		}
		if (entered.poNumber().length() > 100) {
			return "PO number can be at most 100 characters.";
		}
		return null;
	}

	private String show(StoreSession session, CustomerAccount account, Quote quote, Entered entered,
			Map<String, String> addressProblems, Model model) {
		model.addAttribute("store", session.store());
		model.addAttribute("account", account);
		model.addAttribute("addresses", account.shippingAddresses());
		model.addAttribute("quote", quote);
		model.addAttribute("entered", entered);
		model.addAttribute("addressErrors", addressProblems);
		model.addAttribute("blocked", account.isBlocked() ? BLOCKED : null);
		model.addAttribute("cartCount", quote.lines().size());
		model.addAttribute("credit",
				BuyerCredit.of(this.credit.balance(session.companyId(), session.customerId()), account));
		return "store/checkout";
	}

	/**
	 * What the buyer typed, shown again when the order is refused. {@code choice} is a
	 * saved address's id or {@link #NEW} for the typed {@code address}.
	 */
	public record Entered(String choice, String notes, String poNumber, NewAddress address) {

		static final String NEW = "new";

		public boolean isNew() {
			return NEW.equals(this.choice);
		}

		/** The saved address chosen, or null (a new one, or none or garbage). */
		UUID savedId() {
			try {
				return isNew() ? null : UUID.fromString(this.choice);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

	}

}
