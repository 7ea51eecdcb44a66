package app.distribu.identity.sso;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import app.distribu.platform.web.ClientAddress;
import app.distribu.identity.account.SessionCookie;
import app.distribu.identity.account.TooManyAttempts;
import app.distribu.identity.token.TokenIssuer;
import app.distribu.identity.token.UserSession;
import app.distribu.identity.web.IdentityProperties;

/**
 * "Is this your account?": after a provider sign-in named an existing account, its owner
 * confirms with the account's password or a link mailed to the account's address; only
 * then does the provider sign in to it.
 */
@Controller
class SsoLinkController {

	static final String COOKIE = "DISTRIBU_SSO_LINK";

	static final String PATH = "/login/sso/link";

	static final String WRONG_PASSWORD = "That is not the password of this account.";

	private final SsoLinks links;

	private final TokenIssuer tokens;

	private final SessionCookie session;

	private final boolean secure;

	SsoLinkController(SsoLinks links, TokenIssuer tokens, SessionCookie session, IdentityProperties properties) {
		this.links = links;
		this.tokens = tokens;
		this.session = session;
		this.secure = properties.cookieSecure();
	}

	/**
	 * The cookie that carries a pending confirmation from the provider's callback here.
	 */
	static String cookie(String token, boolean secure) {
		return ResponseCookie.from(COOKIE, token)
			.httpOnly(true)
			.secure(secure)
			.sameSite("Lax")
			.path(PATH)
			.maxAge(SsoAccounts.CONFIRMATION_LIFETIME)
			.build()
			.toString();
	}

	@GetMapping(PATH)
	String confirm(@CookieValue(name = COOKIE, required = false) String token,
			@RequestParam(required = false) String mailed, Model model) {
		Optional<PendingLink> pending = this.links.pending(token);
		if (pending.isEmpty()) {
			return "redirect:/login/sso?error=expired";
		}
		return page(pending.get(), mailed != null, model);
	}

	@PostMapping(PATH)
	String withPassword(@CookieValue(name = COOKIE, required = false) String token,
			@RequestParam(defaultValue = "") String password, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Optional<PendingLink> pending = this.links.pending(token);
		if (pending.isEmpty()) {
			return "redirect:/login/sso?error=expired";
		}
		Optional<UserSession> linked;
		try {
			linked = this.links.confirmWithPassword(pending.get(), password, ClientAddress.of(request));
		}
		catch (TooManyAttempts tooMany) {
			response.setStatus(429);
			response.setHeader(HttpHeaders.RETRY_AFTER,
					Long.toString(Math.max(1, (tooMany.retryAfter().toMillis() + 999) / 1000)));
			model.addAttribute("error", tooMany.getMessage());
			return page(pending.get(), false, model);
		}
		if (linked.isEmpty()) {
			response.setStatus(422);
			model.addAttribute("error", WRONG_PASSWORD);
			return page(pending.get(), false, model);
		}
		return signedIn(linked.get(), response);
	}

	@PostMapping(PATH + "/email")
	String byEmail(@CookieValue(name = COOKIE, required = false) String token) {
		Optional<PendingLink> pending = this.links.pending(token);
		if (pending.isEmpty()) {
			return "redirect:/login/sso?error=expired";
		}
		this.links.mailLink(pending.get());
		return "redirect:" + PATH + "?mailed";
	}

	/** Opening the mailed link only shows a button: mail scanners open links too. */
	@GetMapping(PATH + "/{token}")
	String fromMail(@PathVariable String token, Model model) {
		PendingLink pending = this.links.pendingByMail(token).orElseThrow(SsoProblem::confirmationExpired);
		model.addAttribute("token", token);
		model.addAttribute("company", this.links.companyName(pending));
		model.addAttribute("email", this.links.recipient(pending).email());
		return "sso/link-mailed";
	}

	@PostMapping(PATH + "/{token}")
	String confirmFromMail(@PathVariable String token, HttpServletResponse response) {
		return signedIn(this.links.confirmByMail(token), response);
	}

	@ExceptionHandler(SsoProblem.class)
	ModelAndView refused(SsoProblem problem) {
		ModelAndView page = new ModelAndView("sso/link-unusable", problem.status());
		page.addObject("detail", problem.getMessage());
		return page;
	}

	private String page(PendingLink pending, boolean mailed, Model model) {
		model.addAttribute("company", this.links.companyName(pending));
		model.addAttribute("email", this.links.recipient(pending).email());
		model.addAttribute("mailed", mailed);
		return "sso/link";
	}

	private String signedIn(UserSession linked, HttpServletResponse response) {
		response.addHeader(HttpHeaders.SET_COOKIE,
				ResponseCookie.from(COOKIE, "")
					.httpOnly(true)
					.secure(this.secure)
					.sameSite("Lax")
					.path(PATH)
					.maxAge(Duration.ZERO)
					.build()
					.toString());
		response.addHeader(HttpHeaders.SET_COOKIE, this.session.issue(this.tokens.ssoSession(linked)));
		return "redirect:/dashboard";
	}

}
