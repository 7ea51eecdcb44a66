package app.distribu.identity.account;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import app.distribu.platform.web.ClientAddress;
import app.distribu.platform.web.DomainProblem;

@Controller
class LoginController {

	static final String WRONG_CREDENTIALS = "Incorrect email or password.";

	private final SigningIn signingIn;

	private final SessionCookie cookie;

	private final PendingSignIns pending;

	LoginController(SigningIn signingIn, SessionCookie cookie, PendingSignIns pending) {
		this.signingIn = signingIn;
		this.cookie = cookie;
		this.pending = pending;
	}

	@GetMapping("/")
	String home() {
		return "redirect:/dashboard";
	}

	@GetMapping("/login")
	String form(@RequestParam(required = false) String next, @RequestParam(required = false) String signedOut,
			@RequestParam(required = false) String signedOutEverywhere,
			@RequestParam(required = false) String passwordReset, Model model) {
		model.addAttribute("form", LoginForm.empty(next));
		model.addAttribute("signedOut", signedOut != null);
		model.addAttribute("signedOutEverywhere", signedOutEverywhere != null);
		model.addAttribute("passwordReset", passwordReset != null);
		return "account/login";
	}

	@PostMapping("/login")
	String signIn(@ModelAttribute("form") LoginForm form, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Optional<SignedIn> signedIn = this.signingIn.signIn(form.email(), form.password(), ClientAddress.of(request));
		if (signedIn.isEmpty()) {
			model.addAttribute("form", form.withoutPassword());
			model.addAttribute("error", WRONG_CREDENTIALS);
			return "account/login";
		}
		if (signedIn.get().secondFactorFor() != null) {
			response.addHeader(HttpHeaders.SET_COOKIE, this.pending.start(signedIn.get().secondFactorFor()));
			return "redirect:" + PendingSignIns.PATH;
		}
		response.addHeader(HttpHeaders.SET_COOKIE, this.cookie.issue(signedIn.get().token()));
		return "redirect:" + form.safeNext();
	}

	/**
	 * The sign-in page again, saying how long to wait; never whether the account exists.
	 */
	@ExceptionHandler(TooManyAttempts.class)
	ModelAndView tooManyAttempts(TooManyAttempts refused, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER,
				Long.toString(Math.max(1, (refused.retryAfter().toMillis() + 999) / 1000)));
		return again(request, refused);
	}

	@ExceptionHandler(HashingBusy.class)
	ModelAndView busy(HashingBusy busy, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, "5");
		return again(request, busy);
	}

	private static ModelAndView again(HttpServletRequest request, DomainProblem problem) {
		ModelAndView page = new ModelAndView("account/login", problem.status());
		page.addObject("form", new LoginForm(request.getParameter("email"), "", request.getParameter("next")));
		page.addObject("signedOut", false);
		page.addObject("signedOutEverywhere", false);
		page.addObject("passwordReset", false);
		page.addObject("error", problem.getMessage());
		return page;
	}

}
