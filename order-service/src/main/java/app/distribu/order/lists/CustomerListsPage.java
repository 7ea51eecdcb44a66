package app.distribu.order.lists;

import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.distribu.order.customer.CustomerDirectory;
import app.distribu.order.customer.CustomerRef;
import app.distribu.order.quote.CatalogPriceQuotesClient;
import app.distribu.order.storefront.Quantity;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.Role;
import app.distribu.platform.web.NotFound;
import app.distribu.platform.web.Unprocessable;

/**
 * A customer's saved lists in the dashboard ({@code /dashboard/customers/{listId}/lists},
 * linked from the customer's page): the buyers' own lists to read, and the lists staff
 * share with the customer, which staff fill and change here. Lines show the product's
 * name and the customer's storefront price now (one catalog call per list with lines).
 */
@Controller
class CustomerListsPage {

	private final SavedLists lists;

	private final CustomerDirectory customers;

	private final CatalogPriceQuotesClient quotes;

	CustomerListsPage(SavedLists lists, CustomerDirectory customers, CatalogPriceQuotesClient quotes) {
		this.lists = lists;
		this.customers = customers;
		this.quotes = quotes;
	}

	@GetMapping("/dashboard/customers/{customerId}/lists")
	String page(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID customerId, Model model) {
		CustomerRef customer = customer(me, customerId);
		model.addAttribute("customer", customer);
		model.addAttribute("lists",
				this.lists.ofCustomer(me.companyId(), customerId)
					.stream()
					.map((list) -> PricedList.of(list, this.quotes))
					.toList());
		return "lists/customer-lists";
	}

	@PostMapping("/dashboard/customers/{customerId}/lists")
	String share(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID customerId,
			@RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
		customer(me, customerId);
		SavedList created = FlashedRefusal.attempt(redirect,
				() -> this.lists.create(me.companyId(), customerId, name, true, me.subjectId(), List.of()));
		if (created == null) {
			redirect.addFlashAttribute("name", name);
		}
		else {
			redirect.addFlashAttribute("notice", "Shared list \"" + created.name() + "\" created. Add its products.");
		}
		return back(customerId);
	}

	@PostMapping("/dashboard/customers/{customerId}/lists/{listId}/lines")
	String addLine(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID customerId,
			@PathVariable UUID listId, @RequestParam(defaultValue = "") String sku,
			@RequestParam(defaultValue = "") String quantity, RedirectAttributes redirect) {
		shared(me, customerId, listId);
		Integer parsed = Quantity.parse(quantity);
		if (parsed == null) {
			redirect.addFlashAttribute("error", Quantity.RULE);
			return back(customerId);
		}
		FlashedRefusal.attempt(redirect, () -> this.lists.addLine(me.companyId(), listId, sku, parsed));
		return back(customerId);
	}

	@PostMapping("/dashboard/customers/{customerId}/lists/{listId}/lines/remove")
	String removeLine(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID customerId,
			@PathVariable UUID listId, @RequestParam(defaultValue = "") String sku) {
		shared(me, customerId, listId);
		this.lists.removeLine(me.companyId(), listId, sku);
		return back(customerId);
	}

	@PostMapping("/dashboard/customers/{customerId}/lists/{listId}/delete")
	String delete(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID customerId,
			@PathVariable UUID listId, RedirectAttributes redirect) {
		SavedList list = shared(me, customerId, listId);
		this.lists.delete(me.companyId(), listId);
		redirect.addFlashAttribute("notice", "Shared list \"" + list.name() + "\" deleted.");
		return back(customerId);
	}

	/** The customer, if it is one of the member's company; else not found. */
	private CustomerRef customer(DistribuPrincipal me, UUID customerId) {
		me.requireRole(Role.OWNER, Role.ADMIN, Role.MEMBER);
		try {
			return this.customers.require(me.companyId(), customerId);
		}
		catch (Unprocessable unknown) {
			throw new NotFound("Customer");
		}
	}

	/** Staff change only the lists they share; a buyer's own list is theirs. */
	private SavedList shared(DistribuPrincipal me, UUID customerId, UUID listId) {
		customer(me, customerId);
		SavedList list = this.lists.requireOf(me.companyId(), customerId, listId);
		if (!list.shared()) {
			throw new Unprocessable("This list belongs to the customer's buyers; only they change it.");
		}
		return list;
	}

	private static String back(UUID customerId) {
		return "redirect:/dashboard/customers/" + customerId + "/lists";
	}

}
