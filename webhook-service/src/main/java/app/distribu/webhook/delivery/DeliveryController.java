package app.distribu.webhook.delivery;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.web.ListPage;
import app.distribu.platform.web.PageCursor;
import app.distribu.platform.web.PageLimit;
import app.distribu.webhook.endpoint.ManagingWebhooks;
import app.distribu.webhook.endpoint.WebhookAccess;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** A webhook's deliveries, and the operator actions on them. */
@RestController
@RequestMapping("/api/v1/webhooks/{webhookId}")
class DeliveryController {

	private final ManagingWebhooks webhooks;

	private final DeliveryRepository deliveries;

	private final OperatorActions actions;

	DeliveryController(ManagingWebhooks webhooks, DeliveryRepository deliveries, OperatorActions actions) {
		this.webhooks = webhooks;
		this.deliveries = deliveries;
		this.actions = actions;
	}

	/** Newest first. */
	@GetMapping("/deliveries")
	ListPage<DeliveryJson> list(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID webhookId,
			@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
		WebhookAccess.require(me, "webhooks:read");
		this.webhooks.find(me.companyId(), webhookId);
		int size = PageLimit.of(limit);
		List<DeliveryRow> rows = this.deliveries.page(me.companyId(), webhookId, PageCursor.decode(cursor), size + 1);
		boolean more = rows.size() > size;
		List<DeliveryRow> page = more ? rows.subList(0, size) : rows;
		DeliveryRow last = page.isEmpty() ? null : page.get(page.size() - 1);
		String next = more ? new PageCursor(last.createdAt().atOffset(ZoneOffset.UTC), last.id()).encode() : null;
		return new ListPage<>(page.stream().map(DeliveryJson::of).toList(), more, next);
	}

	@PostMapping("/deliveries/{deliveryId}/redeliver")
	@ApiResponse(responseCode = "409",
			description = "The delivery is already waiting to be sent, or the webhook is off.")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void redeliver(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID webhookId,
			@PathVariable UUID deliveryId) {
		WebhookAccess.require(me, "webhooks:write");
		this.actions.redeliver(me.companyId(), webhookId, deliveryId);
	}

	@PostMapping("/resend-failed")
	@ApiResponse(responseCode = "409", description = "The webhook is off.")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Resent resendFailed(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID webhookId,
			@Valid @RequestBody Since request) {
		WebhookAccess.require(me, "webhooks:write");
		return new Resent(this.actions.resendFailedSince(me.companyId(), webhookId, request.instant()));
	}

	@PostMapping("/test")
	@ApiResponse(responseCode = "409", description = "The webhook is off.")
	@ResponseStatus(HttpStatus.ACCEPTED)
	TestSent test(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID webhookId) {
		WebhookAccess.require(me, "webhooks:write");
		return new TestSent(this.actions.sendTestEvent(me.companyId(), webhookId));
	}

	/** How many failed deliveries were queued again. */
	record Resent(int queued) {

	}

	/** The test event's id, as its delivery will show it. */
	record TestSent(UUID eventId) {

	}

	/** {@code {"since": "2026-03-01T00:00:00Z"}}. */
	record Since(@NotNull(message = "since is required, e.g. 2026-03-01T00:00:00Z.") OffsetDateTime since) {

		Instant instant() {
			return this.since.toInstant();
		}

	}

}
