package app.distribu.customer.accounts;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/customers} and the dashboard's new-customer form. */
public record NewCustomer(@CustomerRules.Name String name, @CustomerRules.EmailAddress String email,
		@Size(max = 40, message = "Phone is at most 40 characters.") String phone,
		@CustomerRules.CreditLimit BigDecimal creditLimit,
		@Pattern(regexp = "PENDING|ACTIVE|BLOCKED",
				message = "Status must be PENDING, ACTIVE or BLOCKED.") String status,
		@Valid @Size(max = 50, message = "At most 50 contacts.") List<@NotNull NewContact> contacts,
		@Size(max = 60, message = "Group is at most 60 characters.") @Pattern(regexp = "[^\\p{Cntrl}]*",
				message = "Group can't contain control characters.") String group,
		@Pattern(regexp = PaymentTerms.PATTERN, message = PaymentTerms.MESSAGE) String paymentTerms) {

	/** A customer without a group or payment terms. */
	public NewCustomer(String name, String email, String phone, BigDecimal creditLimit, String status,
			List<NewContact> contacts) {
		this(name, email, phone, creditLimit, status, contacts, null, null);
	}

	public record NewContact(
			@NotBlank(message = "Contact name is required.") @Size(max = 200,
					message = "Contact name is at most 200 characters.") String name,
			@NotBlank(message = "Contact email is required.") @Email(
					message = "Enter a valid contact email address.") String email) {

	}

}
