package app.distribu.webhook.endpoint;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import app.distribu.platform.contracts.EventContracts;

/** One of the event types a webhook can subscribe to (platform/event-contracts). */
@Target({ ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EventType.Check.class)
public @interface EventType {

	String message() default "Unknown event type.";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<EventType, String> {

		static final List<String> TYPES = EventContracts.webhookTypes();

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || TYPES.contains(value)) {
				return value != null;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(unknown()).addConstraintViolation();
			return false;
		}

		static String unknown() {
			return "Unknown event type. Use " + String.join(", ", TYPES.subList(0, TYPES.size() - 1)) + " or "
					+ TYPES.get(TYPES.size() - 1) + ".";
		}

	}

}
