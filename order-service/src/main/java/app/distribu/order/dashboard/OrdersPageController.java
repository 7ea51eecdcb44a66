package app.distribu.order.dashboard;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.Role;

@Controller
class OrdersPageController {

	private static final int PAGE = 50;

	private final OrderRowRepository rows;

	OrdersPageController(OrderRowRepository rows) {
		this.rows = rows;
	}

	@GetMapping("/dashboard/orders")
	String orders(@AuthenticationPrincipal DistribuPrincipal me, @RequestParam(required = false) Long before,
			Model model) {
		me.requireRole(Role.OWNER, Role.ADMIN, Role.MEMBER);
		List<OrderRow> found = this.rows.newest(me.companyId(), before, PAGE);
		boolean older = found.size() > PAGE;
		List<OrderRow> page = older ? found.subList(0, PAGE) : found;
		model.addAttribute("orders", page);
		model.addAttribute("total", this.rows.count(me.companyId()));
		model.addAttribute("olderThan", older ? page.get(page.size() - 1).number() : null);
		model.addAttribute("paged", before != null);
		return "orders/list";
	}

}
