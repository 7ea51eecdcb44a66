package app.distribu.identity.team;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.bind.annotation.RequestParam;

import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.Role;

@Controller
@RequestMapping("/dashboard/settings/team")
class TeamController {

	private static final String PAGE = "redirect:/dashboard/settings/team";

	private final Team team;

	TeamController(Team team) {
		this.team = team;
	}

	@GetMapping
	String show(@AuthenticationPrincipal DistribuPrincipal me, Model model) {
		return page(me, model, InviteForm.empty(), Map.of());
	}

	@PostMapping("/invites")
	String invite(@AuthenticationPrincipal DistribuPrincipal me, @Valid @ModelAttribute("form") InviteForm form,
			BindingResult binding, Model model, HttpServletResponse response) {
		if (binding.hasErrors()) {
			Map<String, String> errors = new LinkedHashMap<>();
			binding.getFieldErrors()
				.forEach((error) -> errors.putIfAbsent(error.getField(), error.getDefaultMessage()));
			return page(me, model, form, errors);
		}
		return attempt(me, model, response, form, () -> this.team.invite(me, form), "invited");
	}

	@PostMapping("/invites/{id}/resend")
	String resend(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, Model model,
			HttpServletResponse response) {
		return attempt(me, model, response, InviteForm.empty(), () -> this.team.resend(me, id), "resent");
	}

	@PostMapping("/invites/{id}/revoke")
	String revoke(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, Model model,
			HttpServletResponse response) {
		return attempt(me, model, response, InviteForm.empty(), () -> this.team.revoke(me, id), "revoked");
	}

	@PostMapping("/members/{userId}/role")
	String changeRole(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID userId, @RequestParam Role role,
			Model model, HttpServletResponse response) {
		return attempt(me, model, response, InviteForm.empty(), () -> this.team.changeRole(me, userId, role),
				"roleChanged");
	}

	@PostMapping("/members/{userId}/remove")
	String remove(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID userId, Model model,
			HttpServletResponse response) {
		return attempt(me, model, response, InviteForm.empty(), () -> this.team.remove(me, userId), "removed");
	}

	/**
	 * Refusals by the team rules (last owner, owners only, already a member) are shown on
	 * the team page itself, with their status, so the person sees why next to the list.
	 */
	private String attempt(DistribuPrincipal me, Model model, HttpServletResponse response, InviteForm form,
			Runnable action, String done) {
		try {
			action.run();
			return PAGE + "?" + done;
		}
		catch (TeamRefusal refusal) {
			response.setStatus(refusal.status().value());
			model.addAttribute("error", refusal.getMessage());
			return page(me, model, form, Map.of());
		}
	}

	private String page(DistribuPrincipal me, Model model, InviteForm form, Map<String, String> errors) {
		model.addAttribute("team", this.team.view(me));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "team/team";
	}

}
