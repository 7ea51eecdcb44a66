package app.distribu.order.rfq;

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

import app.distribu.order.ordering.OrderDesk;
import app.distribu.order.storefront.Carts;
import app.distribu.order.storefront.StoreSession;
import app.distribu.platform.web.DomainProblem;

/**
 * The buyer's quotes at {@code /store/{slug}/quotes}: "Request a quote" on the cart, the
 * customer's quotes (colleagues share them, like orders), and a quote's page to accept or
 * decline it. Every form redirects; a refusal comes back as a message on the page it came
 * from.
 */
@Controller
class StoreQuotesController {

	private final QuoteRequests quotes;

	private final QuoteRequestRepository pages;

	private final Carts carts;

	StoreQuotesController(QuoteRequests quotes, QuoteRequestRepository pages, Carts carts) {
		this.quotes = quotes;
		this.pages = pages;
		this.carts = carts;
	}

	@GetMapping("/store/{slug}/quotes")
	String list(Authentication auth, @PathVariable String slug, Model model) {
		StoreSession session = StoreSession.require(auth, slug);
		layout(session, model);
		model.addAttribute("quotes",
				this.pages.page(session.companyId(), session.customerId(), null, null, 100)
					.stream()
					.filter(QuoteRequest::visibleToBuyer)
					.toList());
		return "rfq/store-quotes";
	}

	/** The cart becomes a quote request with the buyer's message; the cart is emptied. */
	@PostMapping("/store/{slug}/quotes")
	String request(Authentication auth, @PathVariable String slug, @RequestParam(defaultValue = "") String message,
			RedirectAttributes redirect) {
		StoreSession session = StoreSession.require(auth, slug);
		List<OrderDesk.Item> cart = this.carts.lines(session);
		QuoteRequest quote;
		try {
			quote = this.quotes.request(session.companyId(), session.customerId(), session.buyer(), cart, message);
		}
		catch (DomainProblem refused) {
			redirect.addFlashAttribute("error", refused.getMessage());
			// The flash travels in a cookie: a very long message is not kept.
			if (message.length() <= 1000) {
				redirect.addFlashAttribute("quoteMessage", message);
			}
			return "redirect:" + session.path("/cart");
		}
		this.carts.clear(session);
		redirect.addFlashAttribute("notice", "Quote request " + quote.reference() + " sent. " + session.store().name()
				+ " will reply with prices; you'll get an email.");
		return "redirect:" + session.path("/quotes/" + quote.id());
	}

	@GetMapping("/store/{slug}/quotes/{quoteId}")
	String quote(Authentication auth, @PathVariable String slug, @PathVariable UUID quoteId, Model model) {
		StoreSession session = StoreSession.require(auth, slug);
		QuoteRequest quote = this.quotes.requireOf(session.companyId(), session.customerId(), quoteId);
		layout(session, model);
		model.addAttribute("quote", quote);
		model.addAttribute("expired", quote.status() == QuoteRequestStatus.EXPIRED
				|| (quote.status() == QuoteRequestStatus.SENT && quote.expiredOn(this.quotes.today())));
		model.addAttribute("history", this.quotes.history(session.companyId(), quoteId));
		return "rfq/store-quote";
	}

	/** Yes: the order is placed at the quoted prices and the buyer lands on it. */
	@PostMapping("/store/{slug}/quotes/{quoteId}/accept")
	String accept(Authentication auth, @PathVariable String slug, @PathVariable UUID quoteId,
			RedirectAttributes redirect) {
		StoreSession session = StoreSession.require(auth, slug);
		this.quotes.requireOf(session.companyId(), session.customerId(), quoteId);
		try {
			QuoteRequest accepted = this.quotes.accept(session.companyId(), quoteId,
					new QuoteActor(session.contactId(), "CONTACT"), session.buyer());
			redirect.addFlashAttribute("notice",
					"Quote " + accepted.reference() + " accepted: it is order #" + accepted.orderNumber() + ".");
			return "redirect:" + session.path("/orders/" + accepted.orderId());
		}
		catch (DomainProblem refused) {
			redirect.addFlashAttribute("error", refused.getMessage());
			return "redirect:" + session.path("/quotes/" + quoteId);
		}
	}

	@PostMapping("/store/{slug}/quotes/{quoteId}/decline")
	String decline(Authentication auth, @PathVariable String slug, @PathVariable UUID quoteId,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		StoreSession session = StoreSession.require(auth, slug);
		this.quotes.requireOf(session.companyId(), session.customerId(), quoteId);
		try {
			QuoteRequest declined = this.quotes.decline(session.companyId(), quoteId,
					new QuoteActor(session.contactId(), "CONTACT"), reason);
			redirect.addFlashAttribute("notice", "Quote " + declined.reference() + " declined.");
		}
		catch (DomainProblem refused) {
			redirect.addFlashAttribute("error", refused.getMessage());
		}
		return "redirect:" + session.path("/quotes/" + quoteId);
	}

	/** The buyer takes back a request staff have not answered yet. */
	@PostMapping("/store/{slug}/quotes/{quoteId}/withdraw")
	String withdraw(Authentication auth, @PathVariable String slug, @PathVariable UUID quoteId,
			RedirectAttributes redirect) {
		StoreSession session = StoreSession.require(auth, slug);
		this.quotes.requireOf(session.companyId(), session.customerId(), quoteId);
		try {
			QuoteRequest withdrawn = this.quotes.withdraw(session.companyId(), quoteId,
					new QuoteActor(session.contactId(), "CONTACT"));
			redirect.addFlashAttribute("notice", "Quote request " + withdrawn.reference() + " withdrawn.");
		}
		catch (DomainProblem refused) {
			redirect.addFlashAttribute("error", refused.getMessage());
		}
		return "redirect:" + session.path("/quotes/" + quoteId);
	}

	private void layout(StoreSession session, Model model) {
		model.addAttribute("store", session.store());
		model.addAttribute("cartCount", this.carts.size(session));
	}

}
