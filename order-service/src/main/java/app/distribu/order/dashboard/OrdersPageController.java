package app.distribu.order.dashboard;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.distribu.order.customer.CustomerPicker;
import app.distribu.order.ordering.OrderSource;
import app.distribu.order.ordering.OrderStatus;
import app.distribu.order.search.OrderFilter;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.Role;

@Controller
class OrdersPageController {

	private static final int PAGE = 50;

	private final OrderRowRepository rows;

	private final CustomerPicker customers;

	OrdersPageController(OrderRowRepository rows, CustomerPicker customers) {
		this.rows = rows;
		this.customers = customers;
	}

	@GetMapping("/dashboard/orders")
	String orders(@AuthenticationPrincipal DistribuPrincipal me, @RequestParam(required = false) String status,
			@RequestParam(required = false) String source, @RequestParam(required = false) String customer,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String q, @RequestParam(required = false) Long before, Model model) {
		me.requireRole(Role.OWNER, Role.ADMIN, Role.MEMBER);
		OrderFilter filter = OrderFilter.parse(status, source, customer, from, to, q);
		List<OrderRow> found = this.rows.newest(me.companyId(), filter, before, PAGE);
		boolean older = found.size() > PAGE;
		List<OrderRow> page = older ? found.subList(0, PAGE) : found;
		model.addAttribute("orders", page);
		model.addAttribute("total", this.rows.count(me.companyId(), filter));
		model.addAttribute("olderThan", older ? page.get(page.size() - 1).number() : null);
		model.addAttribute("paged", before != null);
		model.addAttribute("filter", filter);
		model.addAttribute("filterQuery", QueryString.of(filter.params()));
		model.addAttribute("statuses", OrderStatus.values());
		model.addAttribute("sources", OrderSource.values());
		model.addAttribute("customers", this.customers.named(me.companyId(), null, 500));
		return "orders/list";
	}

}
