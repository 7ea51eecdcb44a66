package app.distribu.identity.team;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
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
import org.springframework.web.servlet.ModelAndView;

import app.distribu.identity.account.SessionCookie;
import app.distribu.identity.token.IssuedToken;
import app.distribu.platform.security.DistribuPrincipal;

/**
 * The public invite link. A signed-in visitor joins with one click; anyone else creates
 * an account or signs in and comes back.
 */
@Controller
@RequestMapping("/invites/{token}")
class InviteController {

	private final Invites invites;

	private final SessionCookie cookie;

	InviteController(Invites invites, SessionCookie cookie) {
		this.invites = invites;
		this.cookie = cookie;
	}

	@GetMapping
	String show(@PathVariable String token, @AuthenticationPrincipal DistribuPrincipal me, Model model) {
		return page(token, me, model, InviteSignupForm.empty(), Map.of());
	}

	@PostMapping("/accept")
	String accept(@PathVariable String token, @AuthenticationPrincipal DistribuPrincipal me,
			HttpServletResponse response) {
		if (me == null || !me.isUser()) {
			// Only a real, usable token is echoed into the redirect.
			this.invites.open(token);
			return "redirect:/login?next=/invites/" + token;
		}
		return signedIn(this.invites.accept(token, me), response);
	}

	@PostMapping("/signup")
	String signUp(@PathVariable String token, @AuthenticationPrincipal DistribuPrincipal me,
			@Valid @ModelAttribute("form") InviteSignupForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		if (binding.hasErrors()) {
			Map<String, String> errors = new LinkedHashMap<>();
			binding.getFieldErrors()
				.forEach((error) -> errors.putIfAbsent(error.getField(), error.getDefaultMessage()));
			return page(token, me, model, form, errors);
		}
		return signedIn(this.invites.signUp(token, form), response);
	}

	@ExceptionHandler(InviteUnusable.class)
	ModelAndView unusable(InviteUnusable problem) {
		return new ModelAndView("team/invite-unusable",
				Map.of("title", problem.title(), "detail", problem.getMessage()), problem.status());
	}

	private String page(String token, DistribuPrincipal me, Model model, InviteSignupForm form,
			Map<String, String> errors) {
		OpenedInvite invite = this.invites.open(token);
		boolean signedIn = me != null && me.isUser();
		model.addAttribute("invite", invite);
		model.addAttribute("token", token);
		model.addAttribute("signedIn", signedIn);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "team/invite";
	}

	private String signedIn(IssuedToken token, HttpServletResponse response) {
		response.addHeader(HttpHeaders.SET_COOKIE, this.cookie.issue(token));
		return "redirect:/dashboard";
	}

}
