package app.distribu.order.rfq;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import app.distribu.order.storefront.Quantity;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.Role;
import app.distribu.platform.web.DomainProblem;
import app.distribu.platform.web.NotFound;
import app.distribu.platform.web.Unprocessable;

/**
 * Quotes in the dashboard: the list with a status filter ({@code /dashboard/quotes}), a
 * quote's page to change lines, prices, expiry and message and send it, and "New quote"
 * from a customer's page. Every form redirects; a refusal comes back as a message.
 */
@Controller
class DashboardQuotesController {

	private final QuoteRequests quotes;

	private final QuoteRequestRepository pages;

	private final CustomerDirectory customers;

	DashboardQuotesController(QuoteRequests quotes, QuoteRequestRepository pages, CustomerDirectory customers) {
		this.quotes = quotes;
		this.pages = pages;
		this.customers = customers;
	}

	@GetMapping("/dashboard/quotes")
	String list(@AuthenticationPrincipal DistribuPrincipal me, @RequestParam(required = false) String status,
			@RequestParam(required = false) UUID customerId, Model model) {
		staff(me);
		QuoteRequestStatus filter = parseStatus(status);
		List<QuoteRequest> shown = this.pages.page(me.companyId(), customerId, filter, null, 200);
		Map<UUID, String> names = new HashMap<>();
		shown.forEach((quote) -> names.computeIfAbsent(quote.customerId(), (id) -> name(me.companyId(), id)));
		model.addAttribute("quotes", shown);
		model.addAttribute("names", names);
		model.addAttribute("status", filter);
		model.addAttribute("statuses", QuoteRequestStatus.values());
		model.addAttribute("customerId", customerId);
		model.addAttribute("today", this.quotes.today());
		return "rfq/dashboard-quotes";
	}

	@GetMapping("/dashboard/quotes/{quoteId}")
	String quote(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID quoteId, Model model) {
		staff(me);
		QuoteRequest quote = this.quotes.require(me.companyId(), quoteId);
		model.addAttribute("quote", quote);
		model.addAttribute("customerName", name(me.companyId(), quote.customerId()));
		model.addAttribute("history", this.quotes.history(me.companyId(), quoteId));
		model.addAttribute("minExpiry", this.quotes.today());
		if (!model.containsAttribute("expiresOn")) {
			model.addAttribute("expiresOn", (quote.expiresOn() != null) ? quote.expiresOn().toString()
					: this.quotes.today().plusDays(30).toString());
		}
		return "rfq/dashboard-quote";
	}

	/** "New quote" on a customer's page: an empty DRAFT to fill. */
	@PostMapping("/dashboard/customers/{customerId}/quotes")
	String start(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID customerId,
			RedirectAttributes redirect) {
		staff(me);
		try {
			this.customers.require(me.companyId(), customerId);
		}
		catch (Unprocessable unknown) {
			throw new NotFound("Customer");
		}
		QuoteRequest quote = this.quotes.start(this.quotes.draft(me.companyId(), customerId, List.of(), null, null),
				QuoteActor.of(me));
		redirect.addFlashAttribute("notice", "Quote " + quote.reference() + " started. Add its products.");
		return back(quote.id());
	}

	/**
	 * Saves the lines (quantity 0 removes one), prices, last valid day and message in one
	 * go.
	 */
	@PostMapping("/dashboard/quotes/{quoteId}")
	String save(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID quoteId,
			@RequestParam(name = "sku", required = false) List<String> skus,
			@RequestParam(name = "quantity", required = false) List<String> quantities,
			@RequestParam(name = "unitPrice", required = false) List<String> prices,
			@RequestParam(defaultValue = "") String expiresOn, @RequestParam(defaultValue = "") String message,
			RedirectAttributes redirect) {
		staff(me);
		try {
			List<QuoteLineInput> lines = lines(skus, quantities, prices);
			this.quotes.edit(me.companyId(), quoteId, QuoteActor.of(me), lines, day(expiresOn), true, message, true);
			redirect.addFlashAttribute("notice", "Quote saved.");
		}
		catch (DomainProblem refused) {
			if (refused instanceof NotFound) {
				throw refused;
			}
			redirect.addFlashAttribute("error", refused.getMessage());
			redirect.addFlashAttribute("expiresOn", expiresOn);
		}
		return back(quoteId);
	}

	@PostMapping("/dashboard/quotes/{quoteId}/lines")
	String addLine(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID quoteId,
			@RequestParam(defaultValue = "") String sku, @RequestParam(defaultValue = "1") String quantity,
			RedirectAttributes redirect) {
		staff(me);
		QuoteRequest quote = this.quotes.require(me.companyId(), quoteId);
		Integer parsed = Quantity.parse(quantity);
		if (parsed == null) {
			redirect.addFlashAttribute("error", Quantity.RULE);
			return back(quoteId);
		}
		List<QuoteLineInput> lines = new ArrayList<>();
		quote.lines().forEach((line) -> lines.add(new QuoteLineInput(line.sku(), line.quantity(), null)));
		lines.add(new QuoteLineInput(sku, parsed, null));
		try {
			this.quotes.edit(me.companyId(), quoteId, QuoteActor.of(me), lines, null, false, null, false);
			redirect.addFlashAttribute("notice", "Added " + sku.strip() + " × " + parsed + ".");
		}
		catch (DomainProblem refused) {
			redirect.addFlashAttribute("error", refused.getMessage());
		}
		return back(quoteId);
	}

	/**
	 * "Save and send": the form's changes are saved, then the quote goes to the buyer.
	 */
	@PostMapping("/dashboard/quotes/{quoteId}/send")
	String send(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID quoteId,
			@RequestParam(name = "sku", required = false) List<String> skus,
			@RequestParam(name = "quantity", required = false) List<String> quantities,
			@RequestParam(name = "unitPrice", required = false) List<String> prices,
			@RequestParam(required = false) String expiresOn, @RequestParam(required = false) String message,
			RedirectAttributes redirect) {
		staff(me);
		this.quotes.require(me.companyId(), quoteId);
		try {
			if (expiresOn != null) {
				this.quotes.edit(me.companyId(), quoteId, QuoteActor.of(me), lines(skus, quantities, prices),
						day(expiresOn), true, message, true);
			}
			QuoteRequest sent = this.quotes.send(me.companyId(), quoteId, QuoteActor.of(me));
			redirect.addFlashAttribute("notice", "Quote " + sent.reference() + " sent"
					+ ((sent.buyer() != null) ? " to " + sent.buyer().email() : "") + ".");
		}
		catch (DomainProblem refused) {
			redirect.addFlashAttribute("error", refused.getMessage());
			if (expiresOn != null) {
				redirect.addFlashAttribute("expiresOn", expiresOn);
			}
		}
		return back(quoteId);
	}

	/**
	 * "Accept for the customer" (they said yes by phone or mail): the order is placed
	 * through the same path as the buyer's accept, with the dashboard as its source.
	 */
	@PostMapping("/dashboard/quotes/{quoteId}/accept")
	String accept(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID quoteId,
			RedirectAttributes redirect) {
		staff(me);
		this.quotes.require(me.companyId(), quoteId);
		try {
			QuoteRequest accepted = this.quotes.acceptForCustomer(me.companyId(), quoteId, QuoteActor.of(me));
			redirect.addFlashAttribute("notice", "Quote " + accepted.reference()
					+ " accepted for the customer: it is order #" + accepted.orderNumber() + ".");
		}
		catch (DomainProblem refused) {
			redirect.addFlashAttribute("error", refused.getMessage());
		}
		return back(quoteId);
	}

	@PostMapping("/dashboard/quotes/{quoteId}/withdraw")
	String withdraw(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID quoteId,
			RedirectAttributes redirect) {
		staff(me);
		this.quotes.require(me.companyId(), quoteId);
		try {
			QuoteRequest withdrawn = this.quotes.withdraw(me.companyId(), quoteId, QuoteActor.of(me));
			redirect.addFlashAttribute("notice", "Quote " + withdrawn.reference() + " withdrawn.");
		}
		catch (DomainProblem refused) {
			redirect.addFlashAttribute("error", refused.getMessage());
		}
		return back(quoteId);
	}

	private static List<QuoteLineInput> lines(List<String> skus, List<String> quantities, List<String> prices) {
		List<QuoteLineInput> lines = new ArrayList<>();
		if (skus == null) {
			return lines;
		}
		for (int i = 0; i < skus.size(); i++) {
			String sku = skus.get(i).strip();
			String quantity = (quantities != null && i < quantities.size()) ? quantities.get(i).strip() : "";
			if ("0".equals(quantity)) {
				continue;
			}
			Integer parsed = Quantity.parse(quantity);
			if (parsed == null) {
				throw new Unprocessable(sku + ": " + Quantity.RULE);
			}
			String price = (prices != null && i < prices.size()) ? prices.get(i).strip().replace(',', '.') : "";
			lines.add(new QuoteLineInput(sku, parsed, price.isEmpty() ? null : price(sku, price)));
		}
		return lines;
	}

	private static BigDecimal price(String sku, String text) {
		try {
			BigDecimal price = new BigDecimal(text);
			if (price.signum() < 0 || price.stripTrailingZeros().scale() > 2
					|| price.compareTo(QuoteRequests.MAX_PRICE) > 0) {
				throw new NumberFormatException();
			}
			return price.setScale(2);
		}
		catch (NumberFormatException ex) {
			throw new Unprocessable(sku + ": a price is a number from 0 with at most 2 decimals.");
		}
	}

	private static LocalDate day(String text) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Unprocessable("Choose the last valid day as a date (YYYY-MM-DD).");
		}
	}

	private static QuoteRequestStatus parseStatus(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return QuoteRequestStatus.valueOf(status.strip().toUpperCase());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private String name(UUID companyId, UUID customerId) {
		try {
			return this.customers.require(companyId, customerId).name();
		}
		catch (RuntimeException gone) {
			return "Customer";
		}
	}

	private static void staff(DistribuPrincipal me) {
		me.requireRole(Role.OWNER, Role.ADMIN, Role.MEMBER);
	}

	private static String back(UUID quoteId) {
		return "redirect:/dashboard/quotes/" + quoteId;
	}

}
