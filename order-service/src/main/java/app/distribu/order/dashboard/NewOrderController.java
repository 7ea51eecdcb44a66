package app.distribu.order.dashboard;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.distribu.order.customer.CustomerPicker;
import app.distribu.order.customer.CustomerRef;
import app.distribu.order.ordering.Order;
import app.distribu.order.ordering.OrderDesk;
import app.distribu.order.quote.CatalogPriceQuotesClient;
import app.distribu.order.quote.PricesUnavailable;
import app.distribu.order.quote.Quote;
import app.distribu.order.quote.Refusals;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.Role;
import app.distribu.platform.web.DomainProblem;

/**
 * "+ New order": a team member picks a customer, adds lines by search or SKU, sees
 * catalog prices and places the order (source DASHBOARD).
 */
@Controller
class NewOrderController {

	private final CustomerPicker customers;

	private final ProductSearch products;

	private final CatalogPriceQuotesClient quotes;

	private final OrderDesk desk;

	NewOrderController(CustomerPicker customers, ProductSearch products, CatalogPriceQuotesClient quotes,
			OrderDesk desk) {
		this.customers = customers;
		this.products = products;
		this.quotes = quotes;
		this.desk = desk;
	}

	@GetMapping("/dashboard/orders/new")
	String form(@AuthenticationPrincipal DistribuPrincipal me, @RequestParam(required = false) String customer,
			Model model) {
		me.requireRole(Role.OWNER, Role.ADMIN, Role.MEMBER);
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("customerId", customer);
		return show(me, NewOrderForm.from(params), model);
	}

	/**
	 * Every button posts the whole form; {@code action} says which: search customers or
	 * products, add a product or typed line, remove a line, or place the order.
	 */
	@PostMapping("/dashboard/orders/new")
	String submit(@AuthenticationPrincipal DistribuPrincipal me, @RequestParam MultiValueMap<String, String> params,
			Model model, HttpServletResponse response) {
		me.requireRole(Role.OWNER, Role.ADMIN, Role.MEMBER);
		NewOrderForm form = NewOrderForm.from(params);
		String action = String.valueOf(params.getFirst("action"));
		if (action.startsWith("add:")) {
			form.add(action.substring(4), "1");
		}
		else if (action.equals("add")) {
			form.add(params.getFirst("newSku"), params.getFirst("newQuantity"));
		}
		else if (action.matches("remove:\\d{1,3}")) {
			form.remove(Integer.parseInt(action.substring(7)));
		}
		else if (action.equals("place")) {
			return place(me, form, model, response);
		}
		return show(me, form, model);
	}

	private String place(DistribuPrincipal me, NewOrderForm form, Model model, HttpServletResponse response) {
		if (!form.readyToPlace()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return show(me, form, model);
		}
		try {
			Order order = this.desk.placeFromDashboard(me.companyId(), me.subjectId(), form.customer(), form.items(),
					form.notes, form.poNumber);
			return "redirect:/dashboard/orders/" + order.id() + "?created";
		}
		catch (DomainProblem refused) {
			// Stock, a blocked customer, the monthly limit: said on the form, lines kept.
			response.setStatus(refused.status().value());
			List<String> skus = form.lines.stream().map(NewOrderForm.Line::sku).toList();
			Refusals.skuIn(refused.getMessage(), skus)
				.ifPresentOrElse((sku) -> form.errors.put("line" + skus.indexOf(sku), refused.getMessage()),
						() -> form.errors.put("order", refused.getMessage()));
			return show(me, form, model);
		}
	}

	private String show(DistribuPrincipal me, NewOrderForm form, Model model) {
		List<CustomerRef> choices = this.customers.named(me.companyId(), form.customerQuery, 200);
		model.addAttribute("form", form);
		model.addAttribute("customers", choices);
		model.addAttribute("found", this.products.find(form.productQuery));
		model.addAttribute("quote", quote(form, model));
		return "orders/new";
	}

	/**
	 * Catalog prices and each line's problem; the form still works when catalog doesn't.
	 */
	private Quote quote(NewOrderForm form, Model model) {
		if (form.lines.isEmpty()) {
			return null;
		}
		try {
			return this.quotes.forDashboard(form.customer(),
					form.lines.stream()
						.filter((line) -> line.parsedQuantity() != null)
						.map((line) -> new OrderDesk.Item(line.sku(), line.parsedQuantity()))
						.toList());
		}
		catch (PricesUnavailable ex) {
			model.addAttribute("pricesUnavailable", ex.getMessage());
			return null;
		}
	}

}
