package app.distribu.order.ordering;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import app.distribu.order.credit.CreditLimits;
import app.distribu.platform.security.DistribuPrincipal;

/**
 * {@code PUT /api/v1/orders/{id}/payment {"paid": true}}: an accounting system (or a
 * script) marks orders paid as money comes in, which frees the customer's credit.
 */
@RestController
class OrderPaymentController {

	private final CreditLimits credit;

	private final OrderRepository orders;

	OrderPaymentController(CreditLimits credit, OrderRepository orders) {
		this.credit = credit;
		this.orders = orders;
	}

	@PutMapping("/api/v1/orders/{id}/payment")
	OrderJson payment(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@Valid @RequestBody Payment body) {
		ApiAccess.require(me, "orders:write");
		this.orders.find(me.companyId(), id).orElseThrow(OrderNotFound::new);
		this.credit.markPaid(me.companyId(), id, body.paid(), me.subjectId());
		return OrderJson.of(this.orders.find(me.companyId(), id).orElseThrow(OrderNotFound::new));
	}

	record Payment(@NotNull(message = "paid is required (true or false).") Boolean paid) {

	}

}
