package app.distribu.customer.customer;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import app.distribu.customer.Browser;
import app.distribu.customer.FakeIdentity;
import app.distribu.platform.test.Mailbox;
import app.distribu.customer.Stores;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestTokens;
import app.distribu.platform.test.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class StorefrontTest {

	static final FakeIdentity identity = new FakeIdentity();

	@DynamicPropertySource
	static void upstreams(DynamicPropertyRegistry registry) {
		registry.add("distribu.customer.identity-url", identity::url);
		registry.add("distribu.customer.contact-links-secret", () -> FakeIdentity.SECRET);
		registry.add("distribu.customer.upstream.catalog-url", identity::url);
		registry.add("distribu.customer.upstream.order-url", identity::url);
	}

	@AfterAll
	static void stop() {
		identity.issued.clear();
	}

	@LocalServerPort
	int port;

	@Test
	void anUnknownOrMiscasedStoreIsNotFound() {
		Stores.open(this.port, "Case-Store", "Case Store");
		Browser visitor = new Browser(this.port);
		Browser.Page page = visitor.get("/store/case-store/login");
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.html().select("h1").text()).isEqualTo("Store not found");
		assertThat(visitor.get("/store/nowhere/register").status()).isEqualTo(404);
		assertThat(visitor.get("/store/Case-Store/register").status()).isEqualTo(200);
	}

	@Test
	void aRegistrationCreatesAPendingCustomerAndTellsTheDistributor() {
		UUID company = Stores.open(this.port, "reg-store", "Reg Store");
		Browser visitor = new Browser(this.port);
		visitor.get("/store/reg-store/register");

		Browser.Page invalid = visitor.post("/store/reg-store/register", "businessName", "", "name", "Cora", "email",
				"nope", "phone", "");
		assertThat(invalid.html().select(".field-error").eachText()).contains("Business name is required.",
				"Enter a valid email address.");

		Browser.Page done = visitor.post("/store/reg-store/register", "businessName", "Corner Shop", "name",
				"Cora Buyer", "email", "cora@corner.test", "phone", "+1 555");
		assertThat(done.status()).as(done.body()).isEqualTo(200);
		assertThat(done.html().select("#registered").text()).contains("Reg Store", "cora@corner.test");

		Browser owner = new Browser(this.port).withBearer(TestTokens.user(company, UUID.randomUUID(), Role.MEMBER));
		Browser.Page list = owner.get("/dashboard/customers");
		assertThat(list.html().select("#pending-badge").text()).isEqualTo("1 pending approval");
		Browser.Page home = owner.get("/internal/dashboard/customers");
		assertThat(home.body()).contains("\"pending\":1", "\"name\":\"Corner Shop\"");
		assertThat(new Browser(this.port).withBearer(TestTokens.user(UUID.randomUUID(), UUID.randomUUID(), Role.OWNER))
			.get("/internal/dashboard/customers")
			.body()).as("another company").contains("\"pending\":0");
		assertThat(list.html().select("tr:contains(Corner Shop) .badge.warn").text()).isEqualTo("Pending");

		try (TopicReader events = new TopicReader("customer.events")) {
			JsonNode registered = events.awaitFirst(company, "customer.registered", (e) -> true);
			assertThat(registered.path("data").path("name").asString()).isEqualTo("Corner Shop");
			assertThat(registered.path("data").path("contactName").asString()).isEqualTo("Cora Buyer");
			assertThat(registered.path("data").path("contactEmail").asString()).isEqualTo("cora@corner.test");
			JsonNode created = events.awaitFirst(company, "customer.created", (e) -> true);
			assertThat(created.path("data").path("status").asString()).isEqualTo("PENDING");
			assertThat(events.awaitFirst(company, "contact.created", (e) -> true).path("data").path("email").asString())
				.isEqualTo("cora@corner.test");
		}

		Browser.Page again = visitor.post("/store/reg-store/register", "businessName", "Corner Again", "name", "C",
				"email", "CORA@corner.test", "phone", "");
		assertThat(again.html().select(".field-error").text()).contains("already exists at this store");
	}

	@Test
	void signInRequestsGetTheSameAnswerAndOnlyApprovedContactsGetALink() {
		UUID company = Stores.open(this.port, "login-store", "Login Store");
		String owner = TestTokens.user(company, UUID.randomUUID(), Role.OWNER);
		Browser team = new Browser(this.port).withBearer(owner);
		team.get("/dashboard/customers/new");
		team.post("/dashboard/customers/new", "name", "Active Co", "email", "active@co.test", "phone", "",
				"creditLimit", "", "status", "ACTIVE");
		Browser visitor = new Browser(this.port);
		visitor.get("/store/login-store/register");
		visitor.post("/store/login-store/register", "businessName", "Waiting Co", "name", "Wanda", "email",
				"wanda@waiting.test", "phone", "");
		UUID activeCustomer = UUID.fromString(team.get("/dashboard/customers?q=active")
			.html()
			.select("tr:contains(Active Co)")
			.attr("data-customer-id"));
		team.get("/dashboard/customers/" + activeCustomer);
		team.post("/dashboard/customers/" + activeCustomer + "/contacts", "name", "Ada Active", "email",
				"ada@active.test");

		String known = ask(visitor, "ada@active.test");
		String pending = ask(visitor, "wanda@waiting.test");
		String unknown = ask(visitor, "nobody@nowhere.test");
		assertThat(known).isEqualTo(unknown).isEqualTo(pending).isEqualTo(StorefrontPages.NEUTRAL_ANSWER);

		Mailbox.Mail link = Mailbox.await("ada@active.test", "Sign in to Login Store");
		FakeIdentity.Issued issued = identity.issuedTo("ada@active.test").get(0);
		assertThat(issued.request().path("purpose").asString()).isEqualTo("SIGN_IN");
		assertThat(issued.request().path("companyId").asString()).isEqualTo(company.toString());
		assertThat(issued.request().path("customerId").asString()).isEqualTo(activeCustomer.toString());
		assertThat(link.text()).contains(issued.url(), "30 minutes");

		Mailbox.Mail waiting = Mailbox.await("wanda@waiting.test", "waiting for approval");
		assertThat(waiting.text()).doesNotContain("/signin/");
		Awaitility.await()
			.during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(3))
			.until(() -> identity.issuedTo("wanda@waiting.test").isEmpty()
					&& Mailbox.to("nobody@nowhere.test").isEmpty());
	}

	@Test
	void theSignInFormExplainsABadAddressAndASignOut() {
		Stores.open(this.port, "form-store", "Form Store");
		Browser visitor = new Browser(this.port);
		assertThat(visitor.get("/store/form-store/login?signedOut").html().select(".alert.success").text())
			.isEqualTo("You're signed out.");
		Browser.Page page = visitor.post("/store/form-store/login", "email", "not an email");
		assertThat(page.html().select(".field-error").text()).isEqualTo("Enter a valid email address.");
		assertThat(visitor.post("/store/form-store/login", "email", "x@y.test").status()).isEqualTo(200);
		Browser.Page noCsrf = new Browser(this.port).post("/store/form-store/login", "email", "x@y.test");
		assertThat(noCsrf.status()).isEqualTo(403);
	}

	@Test
	void aContactSessionCountsOnlyAtItsOwnStore() {
		UUID company = Stores.open(this.port, "own-store", "Own Store");
		Stores.open(this.port, "next-store", "Next Store");
		String session = TestTokens.contact(company, "own-store", UUID.randomUUID(), UUID.randomUUID());

		Browser.Page own = new Browser(this.port).withCookie("DISTRIBU_STORE_SESSION", session)
			.get("/store/own-store/login");
		assertThat(own.html().select("#signed-in button#sign-out")).hasSize(1);
		assertThat(own.html().select("#signed-in form").attr("action")).isEqualTo("/store/own-store/logout");

		Browser.Page other = new Browser(this.port).withCookie("DISTRIBU_STORE_SESSION", session)
			.get("/store/next-store/login");
		assertThat(other.status()).isEqualTo(200);
		assertThat(other.html().select("#signed-in")).isEmpty();
	}

	private static String ask(Browser visitor, String email) {
		visitor.get("/store/login-store/login");
		return visitor.post("/store/login-store/login", "email", email).html().select("#sign-in-sent").text();
	}

}
