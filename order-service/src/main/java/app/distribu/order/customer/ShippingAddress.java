package app.distribu.order.customer;

import java.util.UUID;

/** A snapshot of the address an order ships to. */
public record ShippingAddress(UUID id, String line1, String line2, String city, String postalCode, String country) {

}
