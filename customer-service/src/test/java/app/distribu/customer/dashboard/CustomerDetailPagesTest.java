package app.distribu.customer.dashboard;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import app.distribu.customer.Browser;
import app.distribu.customer.FakeCatalogAndOrders;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class CustomerDetailPagesTest {

	static final FakeCatalogAndOrders upstreams = new FakeCatalogAndOrders();

	@DynamicPropertySource
	static void upstreams(DynamicPropertyRegistry registry) {
		registry.add("distribu.customer.upstream.catalog-url", upstreams::url);
		registry.add("distribu.customer.upstream.order-url", upstreams::url);
	}

	@LocalServerPort
	int port;

	@Test
	void showsPriceOverridesAndRecentOrdersWithTheViewersToken() {
		UUID company = UUID.randomUUID();
		String token = TestTokens.user(company, UUID.randomUUID(), Role.MEMBER);
		String id = create(company, "Composed Co", "composed@detail.test");

		Browser.Page page = new Browser(this.port).withBearer(token).get("/dashboard/customers/" + id);

		assertThat(page.html().select("#price-overrides tbody tr").text()).contains("WDG-001", "Widget", "12.50",
				"10.00");
		assertThat(page.html().select("#recent-orders tbody tr").text()).contains("#1001", "SHIPPED", "125.00");
		assertThat(page.html().select("#saved-lists-link").attr("href"))
			.isEqualTo("/dashboard/customers/" + id + "/lists");
		assertThat(upstreams.authorizations).contains("Bearer " + token);
	}

	@Test
	void detailsNotesAddressesAndContactsAreEditedOnThePage() {
		UUID company = UUID.randomUUID();
		Browser team = new Browser(this.port).withBearer(TestTokens.user(company, UUID.randomUUID(), Role.MEMBER));
		String id = create(company, "Edit Co", "edit@detail.test");
		String path = "/dashboard/customers/" + id;
		team.get(path);

		Browser.Page invalid = team.post(path + "/details", "name", "Edit Co", "email", "edit@detail.test", "phone", "",
				"creditLimit", "12.345", "notes", "");
		assertThat(invalid.html().select("#account .field-error").text())
			.isEqualTo("Credit limit must have at most 2 decimals, like 5000.00.");
		Browser.Page saved = team.post(path + "/details", "name", "Edit Company", "email", "edit@detail.test", "phone",
				"+1 555", "creditLimit", "750", "notes", "Deliveries before 9am");
		Browser.Page after = team.get(saved.location());
		assertThat(after.html().select("#done").text()).isEqualTo("Details saved.");
		assertThat(after.html().select("#customer-name").text()).isEqualTo("Edit Company");
		assertThat(after.html().select("#credit-limit").val()).isEqualTo("750.00");
		assertThat(after.html().select("#notes").text()).isEqualTo("Deliveries before 9am");

		team.post(path + "/addresses", "kind", "SHIPPING", "line1", "1 Dock Rd", "line2", "", "city", "Porto",
				"postalCode", "4000", "country", "PT");
		team.get(path);
		team.post(path + "/addresses", "kind", "SHIPPING", "line1", "2 Hill St", "line2", "", "city", "Porto",
				"postalCode", "4001", "country", "PT");
		Browser.Page addresses = team.get(path);
		assertThat(addresses.html().select("#addresses tr:contains(1 Dock Rd) .badge.ok").text()).isEqualTo("Default");
		String second = addresses.html().select("#addresses tr:contains(2 Hill St)").attr("data-address-id");
		team.post(path + "/addresses/" + second + "/default");
		assertThat(team.get(path).html().select("#addresses tr:contains(2 Hill St) .badge.ok").text())
			.isEqualTo("Default");
		Browser.Page badAddress = team.post(path + "/addresses", "kind", "SHIPPING", "line1", "", "city", "",
				"postalCode", "", "country", "");
		assertThat(badAddress.html().select("#problem").text()).isNotBlank();

		team.get(path);
		Browser.Page badContact = team.post(path + "/contacts", "name", "Nia", "email", "nope");
		assertThat(badContact.html().select("#problem").text()).isEqualTo("Enter a valid contact email address.");
		team.post(path + "/contacts", "name", "Nia", "email", "nia@detail.test");
		Browser.Page withContact = team.get(path);
		String contact = withContact.html()
			.select("#contacts tr:has(input[value=nia@detail.test])")
			.attr("data-contact-id");
		assertThat(withContact.html().select("#contacts tr:has(input[value=nia@detail.test])").text())
			.contains("Not invited yet");
		team.post(path + "/contacts/" + contact + "/remove");
		assertThat(team.get(path).html().select("#contacts")).isEmpty();
	}

	private String create(UUID company, String name, String email) {
		Map<?, ?> created = RestClient.create("http://localhost:" + this.port)
			.post()
			.uri("/api/v1/customers")
			.headers((h) -> h.setBearerAuth(TestTokens.apiKey(company, "customers:write")))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", name, "email", email))
			.retrieve()
			.body(Map.class);
		return (String) created.get("id");
	}

}
