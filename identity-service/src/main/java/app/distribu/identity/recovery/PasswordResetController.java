package app.distribu.identity.recovery;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

@Controller
class PasswordResetController {

	static final String NEUTRAL_ANSWER = "If an account exists for that address, we've sent a link.";

	private final PasswordResets resets;

	PasswordResetController(PasswordResets resets) {
		this.resets = resets;
	}

	@GetMapping("/forgot-password")
	String forgotForm(Model model) {
		model.addAttribute("form", ForgotPasswordForm.empty());
		model.addAttribute("errors", Map.of());
		return "recovery/forgot";
	}

	@PostMapping("/forgot-password")
	String forgot(@Valid @ModelAttribute("form") ForgotPasswordForm form, BindingResult binding, Model model) {
		if (binding.hasErrors()) {
			model.addAttribute("errors", errors(binding));
			return "recovery/forgot";
		}
		this.resets.requestFor(form.email().trim());
		return "redirect:/forgot-password/sent";
	}

	/** After the request (POST/redirect/GET: a reload sends no second mail). */
	@GetMapping("/forgot-password/sent")
	String forgotSent(Model model) {
		model.addAttribute("sent", NEUTRAL_ANSWER);
		return "recovery/forgot-sent";
	}

	@GetMapping("/reset-password/{token}")
	String resetForm(@PathVariable String token, Model model) {
		if (!this.resets.usable(token)) {
			throw new ResetLinkInvalid();
		}
		model.addAttribute("token", token);
		model.addAttribute("form", NewPasswordForm.empty());
		model.addAttribute("errors", Map.of());
		return "recovery/reset";
	}

	/**
	 * Lands on the sign-in page rather than signing in: the person then proves the new
	 * password works, and a leaked link alone never yields a session.
	 */
	@PostMapping("/reset-password/{token}")
	String reset(@PathVariable String token, @Valid @ModelAttribute("form") NewPasswordForm form, BindingResult binding,
			Model model) {
		if (binding.hasErrors()) {
			model.addAttribute("token", token);
			model.addAttribute("form", NewPasswordForm.empty());
			model.addAttribute("errors", errors(binding));
			return "recovery/reset";
		}
		this.resets.reset(token, form.password());
		return "redirect:/login?passwordReset";
	}

	@ExceptionHandler(ResetLinkInvalid.class)
	ModelAndView linkInvalid(ResetLinkInvalid invalid) {
		return new ModelAndView("recovery/link-invalid", Map.of("detail", invalid.getMessage()), HttpStatus.GONE);
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
