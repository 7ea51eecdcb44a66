package app.distribu.order.dashboard;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.distribu.order.credit.CreditLimits;
import app.distribu.order.ordering.OrderNotFound;
import app.distribu.order.search.OrderLookup;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.Role;

/** The order page's "Mark as paid" / "Mark as unpaid" button; back to the order. */
@Controller
class PaymentPages {

	private final OrderLookup orders;

	private final CreditLimits credit;

	PaymentPages(OrderLookup orders, CreditLimits credit) {
		this.orders = orders;
		this.credit = credit;
	}

	@PostMapping("/dashboard/orders/{id}/payment")
	String payment(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, @RequestParam boolean paid) {
		me.requireRole(Role.OWNER, Role.ADMIN, Role.MEMBER);
		this.orders.find(me.companyId(), id).orElseThrow(OrderNotFound::new);
		this.credit.markPaid(me.companyId(), id, paid, me.subjectId());
		return "redirect:/dashboard/orders/" + id;
	}

}
