package app.distribu.catalog.stock;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.distribu.platform.security.DistribuAuthentication;
import app.distribu.platform.security.DistribuPrincipal;

/**
 * Called by order-service with the caller's own token, so the company is the caller's,
 * and so is everything else the token says ({@link Caller}).
 */
@RestController
@RequestMapping("/internal/stock-reservations")
class ReservationApi {

	private final StockReservations reservations;

	ReservationApi(StockReservations reservations) {
		this.reservations = reservations;
	}

	/** Channel, pricing and customer of a storefront contact come from its token. */
	@PostMapping
	ReservationJson reserve(DistribuAuthentication caller, @Valid @RequestBody ReservationRequest body) {
		DistribuPrincipal me = caller.getPrincipal();
		me.requireScope("orders:write");
		return this.reservations.reserve(me.companyId(), body.madeBy(Caller.of(caller)), Actors.of(me));
	}

	@DeleteMapping("/{orderId}")
	ResponseEntity<Void> release(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID orderId) {
		me.requireScope("orders:write");
		this.reservations.release(me.companyId(), orderId, MovementKind.RELEASE, Actors.of(me));
		return ResponseEntity.noContent().build();
	}

}
