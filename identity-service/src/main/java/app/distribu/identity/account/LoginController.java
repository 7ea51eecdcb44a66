package app.distribu.identity.account;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	static final String WRONG_CREDENTIALS = "Incorrect email or password.";

	private final SigningIn signingIn;

	private final SessionCookie cookie;

	LoginController(SigningIn signingIn, SessionCookie cookie) {
		this.signingIn = signingIn;
		this.cookie = cookie;
	}

	@GetMapping("/")
	String home() {
		return "redirect:/dashboard";
	}

	@GetMapping("/login")
	String form(@RequestParam(required = false) String next, @RequestParam(required = false) String signedOut,
			Model model) {
		model.addAttribute("form", LoginForm.empty(next));
		model.addAttribute("signedOut", signedOut != null);
		return "account/login";
	}

	@PostMapping("/login")
	String signIn(@ModelAttribute("form") LoginForm form, Model model, HttpServletResponse response) {
		Optional<SignedIn> signedIn = this.signingIn.signIn(form.email(), form.password());
		if (signedIn.isEmpty()) {
			model.addAttribute("form", new LoginForm(form.email(), "", form.next()));
			model.addAttribute("error", WRONG_CREDENTIALS);
			return "account/login";
		}
		response.addHeader(HttpHeaders.SET_COOKIE, this.cookie.issue(signedIn.get().token()));
		return "redirect:" + signedIn.get().landing(form);
	}

}
