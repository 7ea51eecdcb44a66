package app.distribu.catalog.pricelist;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A price list's own details; validity days are UTC and both included. */
record PriceList(UUID id, String name, int priority, LocalDate validFrom, LocalDate validUntil, int version,
		OffsetDateTime createdAt) {

	/** SCHEDULED before its first day, EXPIRED after its last, else ACTIVE. */
	String status(LocalDate today) {
		if (this.validFrom != null && today.isBefore(this.validFrom)) {
			return "SCHEDULED";
		}
		if (this.validUntil != null && today.isAfter(this.validUntil)) {
			return "EXPIRED";
		}
		return "ACTIVE";
	}

}
