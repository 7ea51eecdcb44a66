package app.distribu.identity.twofactor;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.distribu.platform.web.ClientAddress;
import app.distribu.identity.account.PendingSignIns;
import app.distribu.identity.account.SessionCookie;
import app.distribu.identity.account.TooManyAttempts;
import app.distribu.platform.security.Totp;

/**
 * The second step of a support sign-in. Without a pending sign-in (the password step)
 * both pages send the visitor back to {@code /login}.
 */
@Controller
class SecondFactorController {

	private final SecondFactors factors;

	private final PendingSignIns pending;

	private final SessionCookie cookie;

	SecondFactorController(SecondFactors factors, PendingSignIns pending, SessionCookie cookie) {
		this.factors = factors;
		this.pending = pending;
		this.cookie = cookie;
	}

	@GetMapping("/login/second-factor")
	String form(HttpServletRequest request, Model model) {
		Optional<UUID> user = this.pending.user(request);
		if (user.isEmpty()) {
			return "redirect:/login";
		}
		if (!this.factors.enrolled(user.get())) {
			return "redirect:/login/second-factor/enrol";
		}
		return "twofactor/verify";
	}

	@PostMapping("/login/second-factor")
	String verify(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Optional<UUID> user = this.pending.user(request);
		if (user.isEmpty()) {
			return "redirect:/login";
		}
		try {
			this.factors.verify(user.get(), code, ClientAddress.of(request));
		}
		catch (WrongCode | TooManyAttempts refused) {
			return refused(refused.getMessage(), refused, response, model, "twofactor/verify");
		}
		return signedIn(request, response);
	}

	@GetMapping("/login/second-factor/enrol")
	String enrolForm(HttpServletRequest request, Model model) {
		Optional<UUID> user = this.pending.user(request);
		if (user.isEmpty()) {
			return "redirect:/login";
		}
		if (this.factors.enrolled(user.get())) {
			return "redirect:/login/second-factor";
		}
		return enrolPage(user.get(), model);
	}

	@PostMapping("/login/second-factor/enrol")
	String enrol(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Optional<UUID> user = this.pending.user(request);
		if (user.isEmpty()) {
			return "redirect:/login";
		}
		try {
			this.factors.confirm(user.get(), code, ClientAddress.of(request));
		}
		catch (WrongCode | TooManyAttempts refused) {
			refused(refused.getMessage(), refused, response, model, null);
			return enrolPage(user.get(), model);
		}
		return signedIn(request, response);
	}

	private String enrolPage(UUID userId, Model model) {
		Staff staff = this.factors.staff(userId);
		Enrolment enrolment = this.factors.enrolment(userId);
		String uri = Totp.uri(SecondFactors.ISSUER, staff.email(), enrolment.secret());
		model.addAttribute("email", staff.email());
		model.addAttribute("secret", enrolment.secret().replaceAll("(.{4})(?!$)", "$1 "));
		model.addAttribute("otpauth", uri);
		model.addAttribute("qr", QrCodes.svg(uri));
		model.addAttribute("codes", enrolment.pendingCodes());
		return "twofactor/enrol";
	}

	/** One pending sign-in gives one session; a second use finds it spent. */
	private String signedIn(HttpServletRequest request, HttpServletResponse response) {
		Optional<UUID> finished = this.pending.finish(request);
		if (finished.isEmpty()) {
			return "redirect:/login";
		}
		Staff staff = this.factors.staff(finished.get());
		response.addHeader(HttpHeaders.SET_COOKIE, this.pending.clearCookie());
		response.addHeader(HttpHeaders.SET_COOKIE, this.cookie.issue(this.factors.session(staff)));
		return "redirect:/support";
	}

	private static String refused(String message, RuntimeException refused, HttpServletResponse response, Model model,
			String view) {
		if (refused instanceof TooManyAttempts tooMany) {
			response.setStatus(429);
			response.setHeader(HttpHeaders.RETRY_AFTER,
					Long.toString(Math.max(1, (tooMany.retryAfter().toMillis() + 999) / 1000)));
		}
		else {
			response.setStatus(422);
		}
		model.addAttribute("error", message);
		return view;
	}

}
