package app.distribu.webhook.endpoint;

import java.time.Duration;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.web.ListPage;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

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
	@ResponseStatus(HttpStatus.CREATED)
	@ApiResponse(responseCode = "422",
			description = "The URL is one we never call, or an event type or the description is invalid (the detail says which).")
	WebhookJson create(@AuthenticationPrincipal DistribuPrincipal me,
			@Valid @RequestBody WebhookRequests.Create request) {
		WebhookAccess.require(me, "webhooks:write");
		return WebhookJson.created(this.managing.create(me.companyId(), request.settings()));
	}

	/** A company has few webhooks, so one page holds them all. */
	@GetMapping
	ListPage<WebhookJson> list(@AuthenticationPrincipal DistribuPrincipal me) {
		WebhookAccess.require(me, "webhooks:read");
		return new ListPage<>(this.endpoints.all(me.companyId()).stream().map(WebhookJson::of).toList(), false, null);
	}

	@GetMapping("/{id}")
	WebhookJson get(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id) {
		WebhookAccess.require(me, "webhooks:read");
		return WebhookJson.of(this.managing.find(me.companyId(), id));
	}

	@PatchMapping("/{id}")
	@ResponseStatus(HttpStatus.OK)
	@ApiResponse(responseCode = "422",
			description = "The URL is one we never call, or an event type or the description is invalid (the detail says which).")
	WebhookJson change(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@Valid @RequestBody WebhookRequests.Change request) {
		WebhookAccess.require(me, "webhooks:write");
		WebhookEndpoint endpoint = this.managing.find(me.companyId(), id);
		return WebhookJson.of(this.managing.update(me.companyId(), id, request.applyTo(endpoint)));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id) {
		WebhookAccess.require(me, "webhooks:write");
		this.managing.delete(me.companyId(), id);
	}

	/** Reading a secret is as sensitive as changing the webhook. */
	@GetMapping("/{id}/secret")
	ResponseEntity<WebhookJson.Secret> secret(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id) {
		WebhookAccess.require(me, "webhooks:write");
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(WebhookJson.Secret.of(this.managing.secrets(me.companyId(), id)));
	}

	@PostMapping("/{id}/rotate-secret")
	ResponseEntity<WebhookJson.Secret> rotate(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@Valid @RequestBody(required = false) WebhookRequests.Rotate request) {
		WebhookAccess.require(me, "webhooks:write");
		Duration overlap = (request != null && request.overlapHours() != null)
				? Duration.ofHours(request.overlapHours()) : ManagingWebhooks.DEFAULT_OVERLAP;
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(WebhookJson.Secret.of(this.managing.rotate(me.companyId(), id, overlap)));
	}

}
