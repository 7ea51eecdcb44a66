package app.distribu.customer.accounts;

import java.math.BigDecimal;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The editable details of a customer: the dashboard's edit form and the body of
 * {@code PATCH /api/v1/customers/{id}} (where absent fields keep their value).
 */
public record CustomerChanges(@CustomerRules.Name String name, @CustomerRules.EmailAddress String email,
		@Size(max = 40, message = "Phone is at most 40 characters.") String phone,
		@CustomerRules.CreditLimit BigDecimal creditLimit,
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
