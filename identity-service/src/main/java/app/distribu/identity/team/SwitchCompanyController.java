package app.distribu.identity.team;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.distribu.identity.account.SessionCookie;
import app.distribu.platform.security.DistribuPrincipal;

/** The header's company switcher posts here from any dashboard page. */
@Controller
class SwitchCompanyController {

	private final SwitchingCompany switching;

	private final SessionCookie cookie;

	SwitchCompanyController(SwitchingCompany switching, SessionCookie cookie) {
		this.switching = switching;
		this.cookie = cookie;
	}

	@PostMapping("/dashboard/switch-company")
	String switchCompany(@AuthenticationPrincipal DistribuPrincipal me, @RequestParam UUID companyId,
			HttpServletResponse response) {
		response.addHeader(HttpHeaders.SET_COOKIE, this.cookie.issue(this.switching.switchTo(me, companyId)));
		return "redirect:/dashboard";
	}

}
