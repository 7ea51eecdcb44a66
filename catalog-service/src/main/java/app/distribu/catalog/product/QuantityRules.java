package app.distribu.catalog.product;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

/**
 * The quantity fields a new product and a patch check alike, each with its own messages
 * (the composing constraints report, not the annotation).
 */
final class QuantityRules {

	private QuantityRules() {
	}

	@DecimalMin(value = "0", message = "Low-stock threshold must be 0 or more.")
	@Digits(integer = 9, fraction = 0, message = "Low-stock threshold must be a whole number.")
	@Constraint(validatedBy = {})
	@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
	@Retention(RetentionPolicy.RUNTIME)
	@interface LowStockThreshold {

		String message() default "";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	@DecimalMin(value = "1", message = "Minimum order quantity must be 1 or more.")
	@Digits(integer = 9, fraction = 0, message = "Minimum order quantity must be a whole number.")
	@Constraint(validatedBy = {})
	@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
	@Retention(RetentionPolicy.RUNTIME)
	@interface MinOrderQuantity {

		String message() default "";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	@DecimalMin(value = "1", message = "Quantity step must be 1 or more.")
	@Digits(integer = 9, fraction = 0, message = "Quantity step must be a whole number.")
	@Constraint(validatedBy = {})
	@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
	@Retention(RetentionPolicy.RUNTIME)
	@interface QuantityStep {

		String message() default "";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

}
