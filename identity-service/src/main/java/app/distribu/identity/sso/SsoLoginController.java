package app.distribu.identity.sso;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Sign in with SSO": the person names the company's store, and is sent into Spring
 * Security's OAuth2 login for that company's registration
 * ({@code /oauth2/authorization/{companyId}}).
 */
@Controller
class SsoLoginController {

	/** Messages for {@code ?error=}: a fixed list, so the page never echoes input. */
	static final Map<String, String> ERRORS = Map.of("unverified",
			"Your identity provider did not confirm a verified email address, which Distribu needs to find your "
					+ "account. Ask your administrator to verify your email there.",
			"unavailable",
			"Single sign-on is not available for this company right now. Sign in with your email and password, "
					+ "or ask your administrator.",
			"disabled", "Single sign-on is not turned on for this company. Sign in with your email and password.",
			"enterprise", SsoProblem.ENTERPRISE_ONLY, "support",
			"Support accounts sign in with their password, not through a company's provider.", "denied",
			"Sign-in was cancelled at your identity provider.", "expired",
			"This confirmation has expired or has already been used. Sign in with SSO again.", "failed",
			"Sign-in through your identity provider did not succeed. Please try again.");

	private final SsoRepository repository;

	private final CompanyRegistrations registrations;

	SsoLoginController(SsoRepository repository, CompanyRegistrations registrations) {
		this.repository = repository;
		this.registrations = registrations;
	}

	static String errorKey(String oauthErrorCode) {
		return switch (oauthErrorCode) {
			case VerifiedEmailUsers.NO_VERIFIED_EMAIL -> "unverified";
			case "client_registration_not_found" -> "unavailable";
			case "access_denied" -> "denied";
			default -> "failed";
		};
	}

	@GetMapping("/login/sso")
	String form(@RequestParam(required = false) String error, Model model, HttpServletResponse response) {
		model.addAttribute("slug", "");
		if (error != null) {
			response.setStatus(403);
			model.addAttribute("error", ERRORS.getOrDefault(error, ERRORS.get("failed")));
		}
		return "sso/login";
	}

	@PostMapping("/login/sso")
	String start(@RequestParam(defaultValue = "") String slug, Model model, HttpServletResponse response) {
		try {
			SsoCompany company = this.repository.companyBySlug(slug).orElseThrow(SsoProblem::unknownStore);
			if (!company.enterprise()) {
				throw SsoProblem.enterpriseOnly();
			}
			if (this.registrations.usable(company.id()).isEmpty()) {
				throw SsoProblem.notEnabled(company.name());
			}
			return "redirect:/oauth2/authorization/" + company.id();
		}
		catch (SsoProblem problem) {
			response.setStatus(problem.status().value());
			model.addAttribute("slug", slug);
			model.addAttribute("error", problem.getMessage());
			return "sso/login";
		}
	}

}
