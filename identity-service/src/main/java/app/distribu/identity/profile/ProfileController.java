package app.distribu.identity.profile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.distribu.identity.account.SessionCookie;
import app.distribu.identity.account.SessionRenewal;
import app.distribu.identity.profile.ProfileForms.EmailForm;
import app.distribu.identity.profile.ProfileForms.NameForm;
import app.distribu.identity.profile.ProfileForms.PasswordForm;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.web.NotFound;

@Controller
@RequestMapping("/dashboard/settings/profile")
class ProfileController {

	private static final Map<String, String> SAVED = Map.of("name", "Your name has been saved.", "password",
			"Your password has been changed.", "email",
			"We've sent a confirmation link to your new address. Your email changes once you open it.");

	private final Profiles profiles;

	private final SessionRenewal renewal;

	private final SessionCookie cookie;

	ProfileController(Profiles profiles, SessionRenewal renewal, SessionCookie cookie) {
		this.profiles = profiles;
		this.renewal = renewal;
		this.cookie = cookie;
	}

	@GetMapping
	String show(@AuthenticationPrincipal DistribuPrincipal me, @RequestParam(required = false) String saved,
			Model model) {
		model.addAttribute("saved", (saved != null) ? SAVED.get(saved) : null);
		return page(me, model, Map.of());
	}

	@PostMapping("/name")
	String rename(@AuthenticationPrincipal DistribuPrincipal me, @Valid @ModelAttribute NameForm form,
			BindingResult binding, Model model) {
		if (binding.hasErrors()) {
			return page(me, model, errors(binding));
		}
		this.profiles.rename(user(me), form.name());
		return "redirect:/dashboard/settings/profile?saved=name";
	}

	@PostMapping("/password")
	String changePassword(@AuthenticationPrincipal DistribuPrincipal me, @Valid @ModelAttribute PasswordForm form,
			BindingResult binding, Model model, HttpServletResponse response) {
		if (binding.hasErrors()) {
			return page(me, model, errors(binding));
		}
		try {
			this.profiles.changePassword(user(me), form.currentPassword(), form.password());
		}
		catch (ProfileProblem problem) {
			return page(me, model, Map.of(problem.field(), problem.getMessage()));
		}
		// Every session ended with the old password; this device continues in a new one.
		response.addHeader(HttpHeaders.SET_COOKIE, this.renewal.renewedCookie(me).orElseGet(this.cookie::clear));
		return "redirect:/dashboard/settings/profile?saved=password";
	}

	/** Ends every session of the user, on every device, this one included. */
	@PostMapping("/sign-out-everywhere")
	String signOutEverywhere(@AuthenticationPrincipal DistribuPrincipal me, HttpServletResponse response) {
		this.profiles.signOutEverywhere(user(me));
		response.addHeader(HttpHeaders.SET_COOKIE, this.cookie.clear());
		return "redirect:/login?signedOutEverywhere";
	}

	@PostMapping("/email")
	String changeEmail(@AuthenticationPrincipal DistribuPrincipal me, @Valid @ModelAttribute EmailForm form,
			BindingResult binding, Model model) {
		if (binding.hasErrors()) {
			return page(me, model, errors(binding));
		}
		try {
			this.profiles.requestEmailChange(user(me), form.email(), form.emailPassword());
		}
		catch (ProfileProblem problem) {
			model.addAttribute("newEmail", form.email());
			return page(me, model, Map.of(problem.field(), problem.getMessage()));
		}
		return "redirect:/dashboard/settings/profile?saved=email";
	}

	/**
	 * Opening the link only shows the change; the button posts it. Mail scanners that
	 * fetch every link therefore cannot confirm it on the owner's behalf.
	 */
	@GetMapping("/email/confirm/{token}")
	String confirmForm(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("newEmail", this.profiles.pendingEmail(token));
		return "profile/confirm-email";
	}

	@PostMapping("/email/confirm/{token}")
	String confirm(@PathVariable String token, RedirectAttributes redirect) {
		redirect.addFlashAttribute("newEmail", this.profiles.confirmEmailChange(token));
		return "redirect:/dashboard/settings/profile/email/changed";
	}

	/** After the confirmation (POST/redirect/GET); the new address comes as a flash. */
	@GetMapping("/email/changed")
	String changed(Model model) {
		return model.containsAttribute("newEmail") ? "profile/email-changed" : "redirect:/login";
	}

	@ExceptionHandler(EmailLinkInvalid.class)
	ModelAndView linkInvalid(EmailLinkInvalid invalid) {
		return new ModelAndView("profile/link-invalid", Map.of("detail", invalid.getMessage()), HttpStatus.GONE);
	}

	@ExceptionHandler(ProfileProblem.class)
	ModelAndView refused(ProfileProblem problem) {
		return new ModelAndView("profile/link-invalid", Map.of("detail", problem.getMessage()), problem.status());
	}

	private String page(DistribuPrincipal me, Model model, Map<String, String> errors) {
		Profile profile = this.profiles.show(user(me));
		model.addAttribute("profile", profile);
		model.addAttribute("errors", errors);
		if (!model.containsAttribute("newEmail")) {
			model.addAttribute("newEmail", "");
		}
		if (!model.containsAttribute("saved")) {
			model.addAttribute("saved", null);
		}
		return "profile/settings";
	}

	private static UUID user(DistribuPrincipal me) {
		if (!me.isUser()) {
			throw new NotFound("Profile");
		}
		return me.subjectId();
	}

	private static Map<String, String> errors(BindingResult binding) {
		Map<String, String> errors = new LinkedHashMap<>();
		binding.getFieldErrors()
			.forEach((error) -> errors.putIfAbsent(
					error.getField().equals("confirmed") ? "confirmation" : error.getField(),
					error.getDefaultMessage()));
		return errors;
	}

}
