package app.distribu.order.customer;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A snapshot of the address an order ships to. */
public record ShippingAddress(@Nullable UUID id, String line1, @Nullable String line2, String city,
		@Nullable String postalCode, String country) {

}
