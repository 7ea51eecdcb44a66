package app.distribu.identity.account;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import app.distribu.identity.token.IssuedToken;

@Controller
class SignupController {

	private final SigningUp signingUp;

	private final SessionCookie cookie;

	SignupController(SigningUp signingUp, SessionCookie cookie) {
		this.signingUp = signingUp;
		this.cookie = cookie;
	}

	@GetMapping("/signup")
	String form(Model model) {
		model.addAttribute("form", SignupForm.empty());
		model.addAttribute("errors", Map.of());
		return "account/signup";
	}

	@PostMapping("/signup")
	String signUp(@Valid @ModelAttribute("form") SignupForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		if (binding.hasErrors()) {
			model.addAttribute("errors", FormErrors.of(binding));
			return "account/signup";
		}
		IssuedToken token;
		try {
			token = this.signingUp.signUp(form);
		}
		catch (FieldConflict conflict) {
			model.addAttribute("errors", Map.of(conflict.field(), conflict.getMessage()));
			return "account/signup";
		}
		response.addHeader(HttpHeaders.SET_COOKIE, this.cookie.issue(token));
		return "redirect:/dashboard";
	}

}
