package app.distribu.customer.accounts;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The editable details of a customer: the dashboard's edit form and the body of
 * {@code PATCH /api/v1/customers/{id}} (where absent fields keep their value).
 */
public record CustomerChanges(
		@NotBlank(message = "Name is required.") @Size(max = 200,
				message = "Name is at most 200 characters.") String name,
		@NotBlank(message = "Email is required.") @Email(message = "Enter a valid email address.") @Size(max = 254,
				message = "Email is at most 254 characters.") String email,
		@Size(max = 40, message = "Phone is at most 40 characters.") String phone,
		@DecimalMin(value = "0.00", message = "Credit limit must be 0 or more.") @Digits(integer = 10, fraction = 2,
				message = "Credit limit must have at most 2 decimals, like 5000.00.") BigDecimal creditLimit,
		@Size(max = 4000, message = "Notes are at most 4000 characters.") String notes,
		@Pattern(regexp = "PENDING|ACTIVE|BLOCKED",
				message = "Status must be PENDING, ACTIVE or BLOCKED.") String status,
		@Size(max = 60, message = "Group is at most 60 characters.") @Pattern(regexp = "[^\\p{Cntrl}]*",
				message = "Group can't contain control characters.") String group,
		@Pattern(regexp = PaymentTerms.PATTERN, message = PaymentTerms.MESSAGE) String paymentTerms) {

	public static CustomerChanges of(Customer customer) {
		return new CustomerChanges(customer.name(), customer.email(), customer.phone(), customer.creditLimit(),
				customer.notes(), customer.status().name(), customer.group(),
				(customer.paymentTerms() != null) ? customer.paymentTerms().name() : null);
	}

}
