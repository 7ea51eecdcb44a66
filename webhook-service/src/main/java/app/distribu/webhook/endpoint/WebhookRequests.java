package app.distribu.webhook.endpoint;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** Bodies of the webhook management API. */
final class WebhookRequests {

	private WebhookRequests() {
	}

	/** {@code POST /api/v1/webhooks}. */
	record Create(
			@NotBlank(message = "url is required.") @Size(max = 2000,
					message = "url can be at most 2000 characters.") String url,
			@NotEmpty(message = "Choose at least one event type.") List<@EventType String> events, Boolean active,
			@Size(max = 500, message = "description can be at most 500 characters.") String description,
			Boolean includeDashboardOrders) {

		WebhookSettings settings() {
			return new WebhookSettings(this.url, (this.description != null) ? this.description : "", this.events,
					this.active == null || this.active, Boolean.TRUE.equals(this.includeDashboardOrders));
		}

	}

	/** {@code PATCH /api/v1/webhooks/{id}}: absent fields stay as they are. */
	record Change(@Size(min = 1, max = 2000, message = "url must have 1 to 2000 characters.") String url,
			@Size(min = 1, message = "Choose at least one event type.") List<@EventType String> events, Boolean active,
			@Size(max = 500, message = "description can be at most 500 characters.") String description,
			Boolean includeDashboardOrders) {

		WebhookSettings applyTo(WebhookEndpoint endpoint) {
			return new WebhookSettings((this.url != null) ? this.url : endpoint.url(),
					(this.description != null) ? this.description : endpoint.description(),
					(this.events != null) ? this.events : endpoint.events(),
					(this.active != null) ? this.active : endpoint.active(), (this.includeDashboardOrders != null)
							? this.includeDashboardOrders : endpoint.includeDashboardOrders());
		}

	}

	/**
	 * {@code POST /api/v1/webhooks/{id}/rotate-secret}: how long the old secret keeps
	 * signing too.
	 */
	record Rotate(@Min(value = 0, message = "overlapHours must be 0 to 168.") @Max(value = 168,
			message = "overlapHours must be 0 to 168.") Integer overlapHours) {

	}

}
