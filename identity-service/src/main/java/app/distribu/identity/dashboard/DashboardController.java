package app.distribu.identity.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.distribu.identity.web.IdentityProperties;
import app.distribu.platform.security.DistribuAuthentication;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.NotPermitted;
import app.distribu.platform.security.Role;
import app.distribu.platform.web.NotFound;

/**
 * The dashboard home: today's and this month's orders and revenue, the last 30 days, what
 * waits for action (new orders, low stock, registrations), plan usage and the storefront
 * address; every figure links to the list it counts.
 */
@Controller
class DashboardController {

	private final CompanyQuery companies;

	private final HomeSources sources;

	private final IdentityProperties properties;

	private final Clock clock;

	DashboardController(CompanyQuery companies, HomeSources sources, IdentityProperties properties, Clock clock) {
		this.companies = companies;
		this.sources = sources;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/dashboard")
	String home(@AuthenticationPrincipal DistribuPrincipal me, DistribuAuthentication authentication, Model model) {
		if (!me.isUser()) {
			// A contact's or an API key's token is a valid token of the company, not a
			// team member's session.
			throw new NotPermitted();
		}
		CompanySummary company = this.companies.find(me.companyId()).orElseThrow(() -> new NotFound("Company"));
		HomeFigures figures = this.sources.figures(authentication.getToken().getTokenValue(), company.currency());
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		model.addAttribute("company", company);
		model.addAttribute("storeUrl", this.properties.publicBaseUrl() + "/store/" + company.slug());
		model.addAttribute("figures", figures);
		model.addAttribute("chart",
				(figures.orders() != null) ? OrdersChart.of(figures.orders().days(), company.currency()) : null);
		model.addAttribute("today", today);
		model.addAttribute("monthStart", today.withDayOfMonth(1));
		model.addAttribute("chartStart", today.minusDays(29));
		model.addAttribute("isManager",
				me.isUser() && (me.roles().contains(Role.OWNER) || me.roles().contains(Role.ADMIN)));
		model.addAttribute("isOwner", me.isUser() && me.roles().contains(Role.OWNER));
		return "dashboard/home";
	}

}
