package app.distribu.webhook.dashboard;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.Role;
import app.distribu.platform.web.DomainProblem;
import app.distribu.webhook.delivery.DeliveryRepository;
import app.distribu.webhook.delivery.DeliveryRow;
import app.distribu.webhook.endpoint.EndpointRepository;
import app.distribu.webhook.endpoint.EventTypes;
import app.distribu.webhook.endpoint.ManagingWebhooks;
import app.distribu.webhook.endpoint.WebhookEndpoint;

@Controller
class WebhooksPageController {

	private static final String PATH = "/dashboard/settings/webhooks";

	private static final int RECENT = 10;

	private final EndpointRepository endpoints;

	private final DeliveryRepository deliveries;

	private final ManagingWebhooks managing;

	WebhooksPageController(EndpointRepository endpoints, DeliveryRepository deliveries, ManagingWebhooks managing) {
		this.endpoints = endpoints;
		this.deliveries = deliveries;
		this.managing = managing;
	}

	@GetMapping(PATH)
	String page(@AuthenticationPrincipal DistribuPrincipal me, Model model) {
		me.requireRole(Role.OWNER, Role.ADMIN);
		return render(me, model, "", List.of());
	}

	@PostMapping(PATH)
	String create(@AuthenticationPrincipal DistribuPrincipal me, @RequestParam(defaultValue = "") String url,
			@RequestParam(required = false) List<String> events, Model model, RedirectAttributes redirect) {
		me.requireRole(Role.OWNER, Role.ADMIN);
		try {
			WebhookEndpoint created = this.managing.create(me.companyId(), url, events, true);
			// POST/redirect/GET: the secret rides in the sealed flash cookie
			// (platform/web),
			// never in a URL, and a reload shows it no more and creates nothing.
			redirect.addFlashAttribute("created", created);
			return "redirect:" + PATH;
		}
		catch (DomainProblem problem) {
			model.addAttribute("error", problem.getMessage());
			return render(me, model, url, (events != null) ? events : List.of());
		}
	}

	@PostMapping(PATH + "/{id}/delete")
	String delete(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
		me.requireRole(Role.OWNER, Role.ADMIN);
		this.managing.delete(me.companyId(), id);
		redirect.addFlashAttribute("deleted", true);
		return "redirect:" + PATH;
	}

	private String render(DistribuPrincipal me, Model model, String url, List<String> chosen) {
		Map<UUID, List<DeliveryRow>> recent = this.deliveries.recent(me.companyId(), RECENT);
		List<WebhookCard> cards = this.endpoints.all(me.companyId())
			.stream()
			.map((webhook) -> new WebhookCard(webhook, recent.getOrDefault(webhook.id(), List.of())))
			.toList();
		model.addAttribute("cards", cards);
		model.addAttribute("eventTypes", EventTypes.ALL);
		model.addAttribute("url", url);
		model.addAttribute("chosen", chosen);
		return "webhooks/settings";
	}

}
