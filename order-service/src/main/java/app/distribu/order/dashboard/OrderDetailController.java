package app.distribu.order.dashboard;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.distribu.order.credit.CreditLimits;
import app.distribu.order.ordering.Order;
import app.distribu.order.ordering.OrderNotFound;
import app.distribu.order.ordering.OrderStatus;
import app.distribu.order.search.OrderLookup;
import app.distribu.order.status.ChangingOrderStatus;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.Role;
import app.distribu.platform.web.Conflict;

/** The order detail page: lines, totals, history, status changes, cancel and delete. */
@Controller
class OrderDetailController {

	private final OrderLookup orders;

	private final OrderDetailRepository details;

	private final ChangingOrderStatus changing;

	private final Clock clock;

	private final CreditLimits credit;

	OrderDetailController(OrderLookup orders, OrderDetailRepository details, ChangingOrderStatus changing, Clock clock,
			CreditLimits credit) {
		this.orders = orders;
		this.details = details;
		this.changing = changing;
		this.clock = clock;
		this.credit = credit;
	}

	@GetMapping("/dashboard/orders/{id}")
	String order(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, Model model) {
		me.requireRole(Role.OWNER, Role.ADMIN, Role.MEMBER);
		return show(me, find(me, id), model);
	}

	@PostMapping("/dashboard/orders/{id}/status")
	String changeStatus(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@RequestParam String status, Model model, HttpServletResponse response) {
		me.requireRole(Role.OWNER, Role.ADMIN, Role.MEMBER);
		Order order = find(me, id);
		OrderStatus to = Arrays.stream(OrderStatus.values())
			.filter((s) -> s.name().equals(status))
			.findFirst()
			.orElse(null);
		if (to == null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("error", "\"" + status + "\" is not an order status.");
			return show(me, order, model);
		}
		try {
			this.changing.change(me.companyId(), id, to, me.subjectId());
		}
		catch (Conflict refused) {
			// A stale page or a forged form: say why, on the order as it is now.
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("error", refused.getMessage());
			return show(me, find(me, id), model);
		}
		return "redirect:/dashboard/orders/" + id;
	}

	@PostMapping("/dashboard/orders/{id}/delete")
	String delete(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id) {
		me.requireRole(Role.OWNER, Role.ADMIN, Role.MEMBER);
		Order order = find(me, id);
		this.details.delete(me.companyId(), order.id(), me.subjectId(),
				OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC));
		return "redirect:/dashboard/orders?deleted=" + order.number();
	}

	private Order find(DistribuPrincipal me, UUID id) {
		return this.orders.find(me.companyId(), id).orElseThrow(OrderNotFound::new);
	}

	private String show(DistribuPrincipal me, Order order, Model model) {
		// Cancelling has its own button.
		List<OrderStatus> moves = order.nextStatuses().stream().filter((s) -> s != OrderStatus.CANCELLED).toList();
		model.addAttribute("order", order);
		model.addAttribute("view", new OrderView(order));
		model.addAttribute("customerName", this.details.customerName(me.companyId(), order.customerId()));
		model.addAttribute("history", this.details.history(order.id()));
		model.addAttribute("moves", moves);
		model.addAttribute("balance", this.credit.balance(me.companyId(), order.customerId()));
		return "orders/detail";
	}

}
