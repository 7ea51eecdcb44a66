package app.distribu.order.ordering;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.PrincipalKind;
import app.distribu.platform.web.ListPage;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

@RestController
@RequestMapping("/api/v1/orders")
class OrderController {

	private final PlacingOrders placing;

	private final IdempotentPlacing idempotentPlacing;

	private final OrderRepository orders;

	OrderController(PlacingOrders placing, IdempotentPlacing idempotentPlacing, OrderRepository orders) {
		this.placing = placing;
		this.idempotentPlacing = idempotentPlacing;
		this.orders = orders;
	}

	@PostMapping
	@ApiResponse(responseCode = "201",
			description = "The order as placed (a retry with the same Idempotency-Key answers it again).",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrderJson.class)))
	@ApiResponse(responseCode = "422",
			description = "Not enough stock, an unknown customer or SKU, a blocked customer, "
					+ "the credit limit or the monthly order limit reached, or an Idempotency-Key reused with another body.")
	ResponseEntity<?> place(@AuthenticationPrincipal DistribuPrincipal me,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@Valid @RequestBody PlaceOrderRequest request) {
		ApiAccess.require(me, "orders:write");
		if (idempotencyKey != null) {
			return this.idempotentPlacing.place(me.companyId(), me.subjectId(), sourceOf(me), request, idempotencyKey);
		}
		Order order = this.placing.place(me.companyId(), me.subjectId(), sourceOf(me), request);
		return ResponseEntity.status(HttpStatus.CREATED).body(OrderJson.of(order));
	}

	@GetMapping("/{id}")
	OrderJson get(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id) {
		ApiAccess.require(me, "orders:read");
		return OrderJson.of(this.orders.find(me.companyId(), id).orElseThrow(OrderNotFound::new));
	}

	@GetMapping
	ListPage<OrderJson> list(@AuthenticationPrincipal DistribuPrincipal me,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
			@RequestParam(required = false) String cursor, @RequestParam(required = false) OrderStatus status,
			@RequestParam(required = false) OrderSource source, @RequestParam(required = false) UUID customerId,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate createdFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate createdTo) {
		ApiAccess.require(me, "orders:read");
		ApiOrderFilter filter = new ApiOrderFilter(status, source, customerId, createdFrom, createdTo);
		OrderPage page = this.orders.page(me.companyId(), filter, Cursor.parse(cursor), limit);
		String next = page.hasMore() ? Cursor.after(page.orders().get(page.orders().size() - 1).number()) : null;
		return new ListPage<>(page.orders().stream().map(OrderJson::of).toList(), page.hasMore(), next);
	}

	private static OrderSource sourceOf(DistribuPrincipal me) {
		return (me.kind() == PrincipalKind.API_KEY) ? OrderSource.API : OrderSource.DASHBOARD;
	}

}
