package app.distribu.catalog.stock;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.distribu.platform.security.DistribuAuthentication;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.web.Unprocessable;
import app.distribu.platform.web.NotFound;

/**
 * Called by order-service with the caller's own token, so the company is the caller's,
 * and so is everything else the token says ({@link Caller}).
 */
@RestController
@RequestMapping("/internal/stock-reservations")
class ReservationApi {

	private final StockReservations reservations;

	private final ReservationOwners owners;

	ReservationApi(StockReservations reservations, ReservationOwners owners) {
		this.reservations = reservations;
		this.owners = owners;
	}

	/** Channel, pricing and customer of a storefront contact come from its token. */
	@PostMapping
	ReservationJson reserve(DistribuAuthentication caller, @Valid @RequestBody ReservationRequest body) {
		DistribuPrincipal me = caller.getPrincipal();
		me.requireScope("orders:write");
		Caller who = Caller.of(caller);
		requireOwn(me, who, body.orderId());
		try {
			ReservationJson reserved = this.reservations.reserve(me.companyId(), body.madeBy(who), Actors.of(me));
			StockMeters.reservation("reserved");
			if (who.isContact()) {
				this.owners.own(me.companyId(), body.orderId(), who.customerId());
			}
			return reserved;
		}
		catch (Unprocessable ex) {
			StockMeters.reservation("refused");
			throw ex;
		}
	}

	@DeleteMapping("/{orderId}")
	ResponseEntity<Void> release(DistribuAuthentication caller, @PathVariable UUID orderId) {
		DistribuPrincipal me = caller.getPrincipal();
		me.requireScope("orders:write");
		requireOwn(me, Caller.of(caller), orderId);
		this.reservations.release(me.companyId(), orderId, MovementKind.RELEASE, Actors.of(me));
		return ResponseEntity.noContent().build();
	}

	/** A contact only ever sees or releases its own customer's reservations. */
	private void requireOwn(DistribuPrincipal me, Caller who, UUID orderId) {
		if (who.isContact() && this.owners.belongsToAnother(me.companyId(), orderId, who.customerId())) {
			throw new NotFound("Reservation " + orderId);
		}
	}

}
