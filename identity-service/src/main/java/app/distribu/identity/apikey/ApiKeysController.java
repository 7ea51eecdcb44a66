package app.distribu.identity.apikey;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.Role;

@Controller
@RequestMapping("/dashboard/settings/api-keys")
class ApiKeysController {

	private final ApiKeys apiKeys;

	ApiKeysController(ApiKeys apiKeys) {
		this.apiKeys = apiKeys;
	}

	@GetMapping
	String list(@AuthenticationPrincipal DistribuPrincipal me, Model model) {
		return page(me, model, NewApiKeyForm.empty(), Map.of());
	}

	@PostMapping
	String create(@AuthenticationPrincipal DistribuPrincipal me, @Valid @ModelAttribute("form") NewApiKeyForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			Map<String, String> errors = new LinkedHashMap<>();
			binding.getFieldErrors()
				.forEach((error) -> errors.putIfAbsent(
						error.getField().equals("knownScopes") ? "scopes" : error.getField(),
						error.getDefaultMessage()));
			return page(me, model, form, errors);
		}
		redirect.addFlashAttribute("created", this.apiKeys.create(me, form));
		return "redirect:/dashboard/settings/api-keys/created";
	}

	/**
	 * Shows a new key once: the key travels in the sealed flash cookie, so a reload finds
	 * nothing and lands on the list instead of creating another key.
	 */
	@GetMapping("/created")
	String created(@AuthenticationPrincipal DistribuPrincipal me, Model model) {
		me.requireRole(Role.OWNER, Role.ADMIN);
		return model.containsAttribute("created") ? "apikey/created" : "redirect:/dashboard/settings/api-keys";
	}

	@PostMapping("/{id}/revoke")
	String revoke(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
		this.apiKeys.revoke(me, id);
		redirect.addAttribute("revoked", "");
		return "redirect:/dashboard/settings/api-keys";
	}

	private String page(DistribuPrincipal me, Model model, NewApiKeyForm form, Map<String, String> errors) {
		model.addAttribute("keys", this.apiKeys.list(me));
		model.addAttribute("allScopes", Scopes.ALL);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "apikey/list";
	}

}
