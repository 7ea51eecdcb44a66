package app.distribu.billing;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.awaitility.Awaitility;

import org.springframework.web.client.RestClient;

import app.distribu.platform.security.Role;
import app.distribu.platform.test.RunningService;
import app.distribu.platform.test.TestEvents;
import app.distribu.platform.test.TestTokens;
import app.distribu.platform.test.security.SecurityMatrix;
import app.distribu.platform.test.security.RouteSecurityContract;

/**
 * Every billing route against everyone who must not use it (see {@link SecurityMatrix}).
 */
class BillingSecurityTest implements RouteSecurityContract {

	static RunningService service;

	static SecurityMatrix matrix;

	static UUID company = UUID.randomUUID();

	@BeforeContainer
	static void start() {
		service = RunningService.start(BillingApplication.class);
		TestEvents.publish("identity.events", company, "company.created",
				Map.of("companyId", company, "name", "Matrix Billing", "slug", "matrix-billing", "currency", "EUR",
						"ownerUserId", UUID.randomUUID(), "ownerEmail", "o@x.test"));
		String owner = TestTokens.user(company, UUID.randomUUID(), Role.OWNER);
		RestClient http = RestClient.builder().baseUrl(service.baseUrl()).build();
		// The trial itself and its banner, not "Your subscription is being set up" (which
		// names Growth too): the page must not change under the matrix's feet.
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
			String page = http.get()
				.uri("/dashboard/billing")
				.header("Authorization", "Bearer " + owner)
				.retrieve()
				.body(String.class);
			return page.contains("id=\"plan\">Growth<") && page.contains("id=\"company-notice\"");
		});

		matrix = SecurityMatrix.of(service)
			.victim(company, "matrix-billing", UUID.randomUUID())
			.team(EnumSet.of(Role.OWNER), "* /dashboard/billing/**", "* /dashboard/billing")
			// What identity's support console asks, with the support member's token.
			.support("* /internal/support/**")
			// Stripe's calls carry its signature, no token
			// (StripeProviderTest.forgedStaleAndRepeatedWebhooksChangeNothing).
			.publicRoutes("POST /webhooks/stripe")
			.value("companyId", company)
			.withoutControl("support looks invoices up by a reference; none exists in this test",
					"GET /internal/support/invoices/{reference}")
			.withoutControl("the company is on its trial and has no invoice yet; PlansPageTest opens a real one",
					"GET /dashboard/billing/invoices/{id}")
			.unchanged(() -> http.get()
				.uri("/dashboard/billing")
				.header("Authorization", "Bearer " + owner)
				.retrieve()
				.body(String.class)
				// Each page carries a fresh CSRF token.
				.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""));
	}

	@AfterContainer
	static void stop() {
		if (service != null) {
			service.close();
		}
	}

	@Override
	public SecurityMatrix matrix() {
		return matrix;
	}

}
