package app.distribu.order.storefront;

import java.util.List;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.distribu.order.ordering.Order;
import app.distribu.order.ordering.OrderLine;
import app.distribu.order.ordering.OrderNotFound;
import app.distribu.order.search.OrderLookup;

/** The customer's orders at this store, one order's detail, and re-order. */
@Controller
class StoreOrdersController {

	private static final int PAGE = 25;

	private final StoreOrderRows rows;

	private final OrderLookup orders;

	private final CartRepository carts;

	StoreOrdersController(StoreOrderRows rows, OrderLookup orders, CartRepository carts) {
		this.rows = rows;
		this.orders = orders;
		this.carts = carts;
	}

	@GetMapping("/store/{slug}/orders")
	String orders(Authentication auth, @PathVariable String slug, @RequestParam(required = false) Long before,
			Model model) {
		StoreSession session = StoreSession.require(auth, slug);
		List<StoreOrderRows.Row> found = this.rows.newest(session, before, PAGE);
		boolean older = found.size() > PAGE;
		List<StoreOrderRows.Row> page = older ? found.subList(0, PAGE) : found;
		model.addAttribute("store", session.store());
		model.addAttribute("orders", page);
		model.addAttribute("olderThan", older ? page.get(page.size() - 1).number() : null);
		model.addAttribute("paged", before != null);
		return "store/orders";
	}

	@GetMapping("/store/{slug}/orders/{id}")
	String order(Authentication auth, @PathVariable String slug, @PathVariable UUID id, Model model) {
		StoreSession session = StoreSession.require(auth, slug);
		model.addAttribute("store", session.store());
		model.addAttribute("order", find(session, id));
		return "store/order";
	}

	/** Puts a past order's lines into the cart, on top of what is there. */
	@PostMapping("/store/{slug}/orders/{id}/reorder")
	String reorder(Authentication auth, @PathVariable String slug, @PathVariable UUID id) {
		StoreSession session = StoreSession.require(auth, slug);
		for (OrderLine line : find(session, id).lines()) {
			this.carts.add(session, line.sku(), line.quantity());
		}
		return "redirect:" + session.path("/cart");
	}

	/**
	 * Another customer's order (even at the same store) is not found, like a missing one.
	 */
	private Order find(StoreSession session, UUID id) {
		return this.orders.find(session.companyId(), id)
			.filter((order) -> order.customerId().equals(session.customerId()))
			.orElseThrow(OrderNotFound::new);
	}

}
