package app.distribu.identity.dashboard;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.distribu.identity.web.IdentityProperties;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.NotPermitted;
import app.distribu.platform.security.Role;
import app.distribu.platform.web.NotFound;

@Controller
class DashboardController {

	private final CompanyQuery companies;

	private final IdentityProperties properties;

	DashboardController(CompanyQuery companies, IdentityProperties properties) {
		this.companies = companies;
		this.properties = properties;
	}

	@GetMapping("/dashboard")
	String home(@AuthenticationPrincipal DistribuPrincipal me, Model model) {
		if (!me.isUser()) {
			// A contact's or an API key's token is a valid token of the company, not a
			// team member's session.
			throw new NotPermitted();
		}
		CompanySummary company = this.companies.find(me.companyId()).orElseThrow(() -> new NotFound("Company"));
		model.addAttribute("company", company);
		model.addAttribute("storeUrl", this.properties.publicBaseUrl() + "/store/" + company.slug());
		model.addAttribute("canManageKeys",
				me.isUser() && (me.roles().contains(Role.OWNER) || me.roles().contains(Role.ADMIN)));
		model.addAttribute("isOwner", me.isUser() && me.roles().contains(Role.OWNER));
		return "dashboard/home";
	}

}
