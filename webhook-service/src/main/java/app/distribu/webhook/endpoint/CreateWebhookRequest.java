package app.distribu.webhook.endpoint;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/webhooks}. */
record CreateWebhookRequest(
		@NotBlank(message = "url is required.") @Size(max = 2000,
				message = "url can be at most 2000 characters.") String url,
		@NotEmpty(message = "Choose at least one event type.") List<@NotNull @Pattern(regexp = EventTypes.PATTERN,
				message = "Unknown event type. Use order.created, order.status_changed, order.cancelled, product.low_stock or customer.created.") String> events,
		Boolean active) {

}
