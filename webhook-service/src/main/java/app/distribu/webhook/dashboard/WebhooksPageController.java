package app.distribu.webhook.dashboard;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.distribu.platform.contracts.EventContract;
import app.distribu.platform.contracts.EventContracts;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.Role;
import app.distribu.platform.web.DomainProblem;
import app.distribu.webhook.delivery.DeliveryRepository;
import app.distribu.webhook.delivery.DeliveryRow;
import app.distribu.webhook.delivery.OperatorActions;
import app.distribu.webhook.delivery.RetrySchedule;
import app.distribu.webhook.endpoint.EndpointRepository;
import app.distribu.webhook.endpoint.ManagingWebhooks;
import app.distribu.webhook.endpoint.SigningSecrets;
import app.distribu.webhook.endpoint.WebhookEndpoint;
import app.distribu.webhook.endpoint.WebhookSettings;

/**
 * Settings → Webhooks. Every form that changes something redirects (POST/redirect/GET); a
 * refused form shows the page again with the message and what was typed. Secrets are
 * shown on their own page, never in a URL.
 */
@Controller
class WebhooksPageController {

	private static final String PATH = "/dashboard/settings/webhooks";

	private static final int RECENT = 10;

	private static final Map<String, String> NOTICES = Map.of("on",
			"Webhook turned on. Deliveries that were waiting are sent again.", "off",
			"Webhook turned off. Nothing is sent until you turn it on again; waiting deliveries are kept.", "saved",
			"Webhook saved.", "test", "Test event queued: it shows below in a moment.", "redelivered",
			"Delivery queued again.", "deleted", "Webhook deleted.");

	private final EndpointRepository endpoints;

	private final DeliveryRepository deliveries;

	private final ManagingWebhooks managing;

	private final OperatorActions actions;

	private final RetrySchedule schedule;

	WebhooksPageController(EndpointRepository endpoints, DeliveryRepository deliveries, ManagingWebhooks managing,
			OperatorActions actions, RetrySchedule schedule) {
		this.endpoints = endpoints;
		this.deliveries = deliveries;
		this.managing = managing;
		this.actions = actions;
		this.schedule = schedule;
	}

	@GetMapping(PATH)
	String page(@AuthenticationPrincipal DistribuPrincipal me, @RequestParam(required = false) String notice,
			@RequestParam(required = false) Integer count, Model model) {
		me.requireRole(Role.OWNER, Role.ADMIN);
		if ("resent".equals(notice) && count != null) {
			model.addAttribute("notice",
					count + ((count == 1) ? " failed delivery" : " failed deliveries") + " queued again.");
		}
		else if (notice != null) {
			model.addAttribute("notice", NOTICES.get(notice));
		}
		return render(me, model, new Form("", "", List.of(), false), null, null);
	}

	@PostMapping(PATH)
	String create(@AuthenticationPrincipal DistribuPrincipal me, @RequestParam(defaultValue = "") String url,
			@RequestParam(defaultValue = "") String description, @RequestParam(required = false) List<String> events,
			@RequestParam(defaultValue = "false") boolean includeDashboardOrders, Model model,
			HttpServletResponse response) {
		me.requireRole(Role.OWNER, Role.ADMIN);
		List<String> chosen = (events != null) ? events : List.of();
		try {
			ManagingWebhooks.Created created = this.managing.create(me.companyId(),
					new WebhookSettings(url, description, chosen, true, includeDashboardOrders));
			return "redirect:" + PATH + "/" + created.endpoint().id() + "/secret?created";
		}
		catch (DomainProblem problem) {
			response.setStatus(problem.status().value());
			model.addAttribute("error", problem.getMessage());
			return render(me, model, new Form(url, description, chosen, includeDashboardOrders), null, null);
		}
	}

	@PostMapping(PATH + "/{id}/edit")
	String edit(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String url, @RequestParam(defaultValue = "") String description,
			@RequestParam(required = false) List<String> events,
			@RequestParam(defaultValue = "false") boolean includeDashboardOrders, Model model,
			HttpServletResponse response) {
		me.requireRole(Role.OWNER, Role.ADMIN);
		WebhookEndpoint webhook = this.managing.find(me.companyId(), id);
		try {
			this.managing.update(me.companyId(), id, new WebhookSettings(url, description,
					(events != null) ? events : List.of(), webhook.active(), includeDashboardOrders));
			return redirect("saved", id);
		}
		catch (DomainProblem problem) {
			response.setStatus(problem.status().value());
			return render(me, model, new Form("", "", List.of(), false), id, problem.getMessage());
		}
	}

	@PostMapping(PATH + "/{id}/active")
	String active(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, @RequestParam boolean active) {
		me.requireRole(Role.OWNER, Role.ADMIN);
		this.managing.setActive(me.companyId(), id, active);
		return redirect(active ? "on" : "off", id);
	}

	@PostMapping(PATH + "/{id}/rotate")
	String rotate(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@RequestParam(defaultValue = "24") int overlapHours) {
		me.requireRole(Role.OWNER, Role.ADMIN);
		int hours = Math.max(0, Math.min(168, overlapHours));
		this.managing.rotate(me.companyId(), id, Duration.ofHours(hours));
		return "redirect:" + PATH + "/" + id + "/secret?rotated";
	}

	/** The secrets, on a page of their own that is never cached. */
	@GetMapping(PATH + "/{id}/secret")
	String secret(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@RequestParam(required = false) String created, @RequestParam(required = false) String rotated, Model model,
			HttpServletResponse response) {
		me.requireRole(Role.OWNER, Role.ADMIN);
		WebhookEndpoint webhook = this.managing.find(me.companyId(), id);
		SigningSecrets secrets = this.managing.secrets(me.companyId(), id);
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		model.addAttribute("webhook", webhook);
		model.addAttribute("secrets", secrets);
		model.addAttribute("previousUntil",
				(secrets.previousExpiresAt() != null) ? WebhookCard.WHEN.format(secrets.previousExpiresAt()) : null);
		model.addAttribute("created", created != null);
		model.addAttribute("rotated", rotated != null);
		return "webhooks/secret";
	}

	@PostMapping(PATH + "/{id}/test")
	String test(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, Model model,
			HttpServletResponse response) {
		me.requireRole(Role.OWNER, Role.ADMIN);
		return act(me, model, response, id, "test", () -> this.actions.sendTestEvent(me.companyId(), id));
	}

	@PostMapping(PATH + "/{id}/deliveries/{deliveryId}/redeliver")
	String redeliver(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@PathVariable UUID deliveryId, Model model, HttpServletResponse response) {
		me.requireRole(Role.OWNER, Role.ADMIN);
		return act(me, model, response, id, "redelivered",
				() -> this.actions.redeliver(me.companyId(), id, deliveryId));
	}

	/**
	 * {@code since} is a date and time in UTC, as the form's datetime-local input sends
	 * it.
	 */
	@PostMapping(PATH + "/{id}/resend-failed")
	String resendFailed(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String since, Model model, HttpServletResponse response) {
		me.requireRole(Role.OWNER, Role.ADMIN);
		LocalDateTime from;
		try {
			from = LocalDateTime.parse(since);
		}
		catch (DateTimeParseException ex) {
			response.setStatus(400);
			return render(me, model, new Form("", "", List.of(), false), id,
					"Choose the date and time (UTC) from which to resend failed deliveries.");
		}
		try {
			int queued = this.actions.resendFailedSince(me.companyId(), id, from.toInstant(ZoneOffset.UTC));
			return "redirect:" + PATH + "?notice=resent&count=" + queued + "#webhook-" + id;
		}
		catch (DomainProblem problem) {
			response.setStatus(problem.status().value());
			return render(me, model, new Form("", "", List.of(), false), id, problem.getMessage());
		}
	}

	@PostMapping(PATH + "/{id}/delete")
	String delete(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id) {
		me.requireRole(Role.OWNER, Role.ADMIN);
		this.managing.delete(me.companyId(), id);
		return "redirect:" + PATH + "?notice=deleted";
	}

	private String act(DistribuPrincipal me, Model model, HttpServletResponse response, UUID id, String notice,
			Runnable action) {
		try {
			action.run();
			return redirect(notice, id);
		}
		catch (DomainProblem problem) {
			response.setStatus(problem.status().value());
			return render(me, model, new Form("", "", List.of(), false), id, problem.getMessage());
		}
	}

	private static String redirect(String notice, UUID id) {
		return "redirect:" + PATH + "?notice=" + notice + "#webhook-" + id;
	}

	private String render(DistribuPrincipal me, Model model, Form form, UUID failed, String cardError) {
		List<WebhookEndpoint> webhooks = this.endpoints.all(me.companyId());
		Map<UUID, List<DeliveryRow>> recent = this.deliveries.recent(me.companyId(),
				webhooks.stream().map(WebhookEndpoint::id).toList(), RECENT);
		List<WebhookCard> cards = webhooks.stream()
			.map((webhook) -> new WebhookCard(webhook, recent.getOrDefault(webhook.id(), List.of()),
					webhook.id().equals(failed) ? cardError : null))
			.toList();
		model.addAttribute("cards", cards);
		model.addAttribute("eventTypes", EventContracts.all().stream().filter(EventContract::webhook).toList());
		model.addAttribute("form", form);
		model.addAttribute("schedule", ScheduleText.of(this.schedule.waits(), this.schedule.span()));
		return "webhooks/settings";
	}

	/** What the create form shows again after a refusal. */
	record Form(String url, String description, List<String> events, boolean includeDashboardOrders) {

	}

}
