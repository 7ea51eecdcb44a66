package app.distribu.order.status;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.distribu.order.ordering.ApiAccess;
import app.distribu.order.ordering.OrderJson;
import app.distribu.order.ordering.OrderNotFound;
import app.distribu.order.ordering.OrderStatus;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.web.ListPage;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

@RestController
class OrderStatusController {

	private final ChangingOrderStatus changing;

	private final StatusHistory history;

	OrderStatusController(ChangingOrderStatus changing, StatusHistory history) {
		this.changing = changing;
		this.history = history;
	}

	/** Creation first, then every change with who made it; a plain list, never paged. */
	@GetMapping("/api/v1/orders/{id}/history")
	ListPage<StatusChange> history(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id) {
		ApiAccess.require(me, "orders:read");
		return new ListPage<>(this.history.of(me.companyId(), id).orElseThrow(OrderNotFound::new), false, null);
	}

	@PatchMapping("/api/v1/orders/{id}")
	@ResponseStatus(HttpStatus.OK)
	@ApiResponse(responseCode = "409",
			description = "The order is cancelled (final), or was changed by someone else meanwhile.")
	OrderJson change(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@Valid @RequestBody ChangeStatusRequest request) {
		ApiAccess.require(me, "orders:write");
		return OrderJson.of(this.changing.change(me.companyId(), id, request.status(), me.subjectId()));
	}

	/** Like PATCH to CANCELLED: a second cancel is a 409, so it is announced once. */
	@PostMapping("/api/v1/orders/{id}/cancel")
	@ResponseStatus(HttpStatus.OK)
	@ApiResponse(responseCode = "409",
			description = "The order is already cancelled, or was changed by someone else meanwhile.")
	OrderJson cancel(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id) {
		ApiAccess.require(me, "orders:write");
		return OrderJson.of(this.changing.change(me.companyId(), id, OrderStatus.CANCELLED, me.subjectId()));
	}

}
