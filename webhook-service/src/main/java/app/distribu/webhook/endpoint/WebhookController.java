package app.distribu.webhook.endpoint;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.distribu.platform.security.DistribuPrincipal;

@RestController
@RequestMapping("/api/v1/webhooks")
class WebhookController {

	private final ManagingWebhooks managing;

	private final EndpointRepository endpoints;

	WebhookController(ManagingWebhooks managing, EndpointRepository endpoints) {
		this.managing = managing;
		this.endpoints = endpoints;
	}

	@PostMapping
	ResponseEntity<WebhookJson> create(@AuthenticationPrincipal DistribuPrincipal me,
			@Valid @RequestBody CreateWebhookRequest request) {
		WebhookAccess.require(me, "webhooks:write");
		WebhookEndpoint created = this.managing.create(me.companyId(), request.url(), request.events(),
				request.active() == null || request.active());
		return ResponseEntity.status(HttpStatus.CREATED).body(WebhookJson.created(created));
	}

	@GetMapping
	WebhookList list(@AuthenticationPrincipal DistribuPrincipal me) {
		WebhookAccess.require(me, "webhooks:read");
		return new WebhookList(this.endpoints.all(me.companyId()).stream().map(WebhookJson::listed).toList(), false,
				null);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id) {
		WebhookAccess.require(me, "webhooks:write");
		this.managing.delete(me.companyId(), id);
		return ResponseEntity.noContent().build();
	}

}
