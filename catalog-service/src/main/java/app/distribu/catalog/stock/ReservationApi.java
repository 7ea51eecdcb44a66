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

import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.web.Unprocessable;

/**
 * Called by order-service with the caller's own token, so the company is the caller's.
 */
@RestController
@RequestMapping("/internal/stock-reservations")
class ReservationApi {

	private final StockReservations reservations;

	ReservationApi(StockReservations reservations) {
		this.reservations = reservations;
	}

	@PostMapping
	ReservationJson reserve(@AuthenticationPrincipal DistribuPrincipal me,
			@Valid @RequestBody ReservationRequest body) {
		me.requireScope("orders:write");
		try {
			ReservationJson reserved = this.reservations.reserve(me.companyId(), body, Actors.of(me));
			StockMeters.reservation("reserved");
			return reserved;
		}
		catch (Unprocessable ex) {
			StockMeters.reservation("refused");
			throw ex;
		}
	}

	@DeleteMapping("/{orderId}")
	ResponseEntity<Void> release(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID orderId) {
		me.requireScope("orders:write");
		this.reservations.release(me.companyId(), orderId, MovementKind.RELEASE, Actors.of(me));
		return ResponseEntity.noContent().build();
	}

}
