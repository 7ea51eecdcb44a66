package app.distribu.order.orderapproval;

import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.distribu.order.storefront.Carts;
import app.distribu.order.storefront.StoreSession;
import app.distribu.platform.web.Conflict;
import app.distribu.platform.web.Unprocessable;

/**
 * {@code /store/{slug}/approvals}: an admin buyer's queue of their colleagues' orders
 * (approve, or reject with a reason), and everyone's own requests with their outcome.
 * Every form redirects back; a refusal comes back as a message. Someone who is not an
 * admin buyer of the request's customer gets 403 or 404, nothing else.
 */
@Controller
class StoreApprovalsController {

	private final OrderApprovals approvals;

	private final Carts carts;

	StoreApprovalsController(OrderApprovals approvals, Carts carts) {
		this.approvals = approvals;
		this.carts = carts;
	}

	@GetMapping("/store/{slug}/approvals")
	String approvals(Authentication auth, @PathVariable String slug, Model model) {
		StoreSession session = StoreSession.require(auth, slug);
		model.addAttribute("store", session.store());
		model.addAttribute("cartCount", this.carts.size(session));
		model.addAttribute("adminBuyer", this.approvals.isAdminBuyer(session));
		model.addAttribute("requests", this.approvals.visibleTo(session));
		return "orderapproval/store-approvals";
	}

	@PostMapping("/store/{slug}/approvals/{id}/approve")
	String approve(Authentication auth, @PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
		StoreSession session = StoreSession.require(auth, slug);
		try {
			UUID orderId = this.approvals.approve(session, id);
			redirect.addFlashAttribute("notice", "Approved: the order is placed.");
			redirect.addFlashAttribute("placedOrder", orderId.toString());
		}
		catch (Unprocessable | Conflict refused) {
			redirect.addFlashAttribute("error", refused.getMessage());
		}
		return "redirect:" + session.path("/approvals");
	}

	@PostMapping("/store/{slug}/approvals/{id}/reject")
	String reject(Authentication auth, @PathVariable String slug, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		StoreSession session = StoreSession.require(auth, slug);
		try {
			this.approvals.reject(session, id, reason);
			redirect.addFlashAttribute("notice", "Rejected. We emailed the requester your reason.");
		}
		catch (Unprocessable | Conflict refused) {
			redirect.addFlashAttribute("error", refused.getMessage());
		}
		return "redirect:" + session.path("/approvals");
	}

}
