package app.distribu.identity.sso;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import app.distribu.platform.security.DistribuPrincipal;

@Controller
@RequestMapping("/dashboard/settings/sso")
class SsoSettingsController {

	private final SsoSetup setup;

	SsoSettingsController(SsoSetup setup) {
		this.setup = setup;
	}

	@GetMapping
	String show(@AuthenticationPrincipal DistribuPrincipal me, Model model) {
		SsoCompany company = this.setup.company(me);
		SsoSettingsForm form = this.setup.settings(me).map(SsoSettingsForm::of).orElseGet(SsoSettingsForm::empty);
		return page(me, company, form, Map.of(), model);
	}

	/**
	 * Refusals (not Enterprise, provider unreachable) are shown on the settings page with
	 * their status, next to what the owner typed.
	 */
	@PostMapping
	String save(@AuthenticationPrincipal DistribuPrincipal me, @ModelAttribute SsoSettingsForm form, Model model,
			HttpServletResponse response) {
		SsoCompany company = this.setup.company(me);
		try {
			Map<String, String> errors = this.setup.save(me, form);
			if (errors.isEmpty()) {
				return "redirect:/dashboard/settings/sso?saved";
			}
			return page(me, company, form.withoutSecret(), errors, model);
		}
		catch (SsoProblem problem) {
			response.setStatus(problem.status().value());
			model.addAttribute("error", problem.getMessage());
			return page(me, company, form.withoutSecret(), Map.of(), model);
		}
	}

	private String page(DistribuPrincipal me, SsoCompany company, SsoSettingsForm form, Map<String, String> errors,
			Model model) {
		model.addAttribute("company", company);
		model.addAttribute("enterpriseOnly", SsoProblem.ENTERPRISE_ONLY);
		model.addAttribute("form", form);
		model.addAttribute("secretSaved", this.setup.settings(me).isPresent());
		model.addAttribute("errors", errors);
		return "sso/settings";
	}

}
