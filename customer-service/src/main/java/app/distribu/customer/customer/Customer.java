package app.distribu.customer.customer;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A customer account as stored, with its contacts and addresses. */
record Customer(UUID id, String name, String email, String phone, BigDecimal creditLimit, CustomerStatus status,
		OffsetDateTime createdAt, List<Contact> contacts, List<Address> addresses) {

	record Contact(UUID id, String name, String email) {

	}

	record Address(UUID id, String kind, String line1, String line2, String city, String postalCode, String country,
			boolean isDefault) {

	}

	Customer with(List<Contact> contacts, List<Address> addresses) {
		return new Customer(this.id, this.name, this.email, this.phone, this.creditLimit, this.status, this.createdAt,
				contacts, addresses);
	}

}
