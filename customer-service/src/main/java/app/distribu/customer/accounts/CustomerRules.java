package app.distribu.customer.accounts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The customer fields a new customer and an edit check alike, each with its own messages
 * (the composing constraints report, not the annotation).
 */
final class CustomerRules {

	private CustomerRules() {
	}

	@NotBlank(message = "Name is required.")
	@Size(max = 200, message = "Name is at most 200 characters.")
	@Constraint(validatedBy = {})
	@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
	@Retention(RetentionPolicy.RUNTIME)
	@interface Name {

		String message() default "";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	@NotBlank(message = "Email is required.")
	@Email(message = "Enter a valid email address.")
	@Size(max = 254, message = "Email is at most 254 characters.")
	@Constraint(validatedBy = {})
	@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
	@Retention(RetentionPolicy.RUNTIME)
	@interface EmailAddress {

		String message() default "";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	@DecimalMin(value = "0.00", message = "Credit limit must be 0 or more.")
	@Digits(integer = 10, fraction = 2, message = "Credit limit must have at most 2 decimals, like 5000.00.")
	@Constraint(validatedBy = {})
	@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
	@Retention(RetentionPolicy.RUNTIME)
	@interface CreditLimit {

		String message() default "";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

}
