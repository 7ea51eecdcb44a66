package app.distribu.customer.storefront;

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
import app.distribu.customer.Stores;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.Mailbox;
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

		Browser.Page posted = visitor.post("/store/reg-store/register", "businessName", "Corner Shop", "name",
				"Cora Buyer", "email", "cora@corner.test", "phone", "+1 555");
		assertThat(posted.location()).isEqualTo("/store/reg-store/register?done");
		Browser.Page done = visitor.follow(posted);
		assertThat(done.status()).as(done.body()).isEqualTo(200);
		assertThat(done.html().select("#registered").text()).contains("Reg Store", "cora@corner.test");
		Browser.Page reloaded = visitor.get(posted.location());
		assertThat(reloaded.html().select("#registered").text()).as("a reload registers nothing again")
			.contains("Reg Store")
			.doesNotContain("cora@corner.test");

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
		Browser.Page asked = visitor.post("/store/form-store/login", "email", "x@y.test");
		assertThat(asked.location()).isEqualTo("/store/form-store/login?sent");
		assertThat(visitor.follow(asked).html().select("#sign-in-sent").text()).startsWith("If this address belongs");
		assertThat(visitor.get("/store/form-store/login?kept").html().select("#kept").text())
			.contains("Sign in and it will be waiting in your cart.");
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

	@Test
	void aContactKeepsTheirNameAndTheirBusinesssAddressesOnTheAccountPage() {
		UUID company = Stores.open(this.port, "acct-store", "Account Store");
		String owner = TestTokens.user(company, UUID.randomUUID(), Role.OWNER);
		Browser team = new Browser(this.port).withBearer(owner);
		team.get("/dashboard/customers/new");
		team.post("/dashboard/customers/new", "name", "Corner Deli", "email", "deli@acct.test", "phone", "",
				"creditLimit", "", "status", "ACTIVE");
		String customerId = team.get("/dashboard/customers?q=deli")
			.html()
			.select("tr:contains(Corner Deli) a")
			.attr("href")
			.replace("/dashboard/customers/", "");
		team.get("/dashboard/customers/" + customerId);
		team.post("/dashboard/customers/" + customerId + "/contacts", "name", "Bruno", "email", "bruno@acct.test");
		String contactId = team.get("/dashboard/customers/" + customerId)
			.html()
			.select("#contacts tr[data-contact-id]")
			.attr("data-contact-id");
		String session = TestTokens.contact(company, "acct-store", UUID.fromString(contactId),
				UUID.fromString(customerId));
		Browser buyer = new Browser(this.port).withCookie("DISTRIBU_STORE_SESSION", session);

		Browser.Page account = buyer.get("/store/acct-store/account");
		assertThat(account.status()).isEqualTo(200);
		assertThat(account.html().select("#customer-name").text()).isEqualTo("Corner Deli");
		assertThat(account.html().select("#recent-orders").text()).contains("can't be shown right now");

		Browser.Page renamed = buyer.follow(buyer.post("/store/acct-store/account/name", "name", "Bruno Baker"));
		assertThat(renamed.html().select("#account-notice").text()).isEqualTo("Your name is saved.");
		assertThat(renamed.html().select("#name-form input[name=name]").attr("value")).isEqualTo("Bruno Baker");
		assertThat(buyer.get("/store/acct-store/account").html().select("#account-notice")).as("shown once").isEmpty();
		assertThat(buyer.post("/store/acct-store/account/name", "name", " ").status()).isEqualTo(422);

		Browser.Page missing = buyer.post("/store/acct-store/account/addresses", "kind", "SHIPPING", "line1",
				"5 Quay Road", "postalCode", "3011 BB", "city", "", "country", "NL");
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.html().select("#address-form .field-error").eachText()).containsExactly("City is required.");
		assertThat(missing.html().select("#address-form input[name=line1]").attr("value")).isEqualTo("5 Quay Road");
		for (int i = 0; i < 2; i++) {
			assertThat(buyer
				.post("/store/acct-store/account/addresses", "kind", "SHIPPING", "line1", "5 Quay Road", "postalCode",
						"3011 BB", "city", "Rotterdam", "country", "NL")
				.status()).isEqualTo(302);
		}
		buyer.follow(buyer.post("/store/acct-store/account/addresses", "kind", "SHIPPING", "line1", "9 Depot Lane",
				"postalCode", "3011 CC", "city", "Rotterdam", "country", "NL", "isDefault", "true"));
		Browser.Page addresses = buyer.get("/store/acct-store/account");
		assertThat(addresses.html().select("#addresses li")).as("the same address is kept once").hasSize(2);
		assertThat(addresses.html().select("#addresses li:contains(Default)").text()).contains("9 Depot Lane");
		String quay = addresses.html().select("#addresses li:contains(Quay)").attr("data-address-id");
		buyer.post("/store/acct-store/account/addresses/" + quay + "/default");
		assertThat(buyer.get("/store/acct-store/account").html().select("#addresses li:contains(Default)").text())
			.contains("5 Quay Road");
		buyer.post("/store/acct-store/account/addresses/" + quay + "/remove");
		assertThat(buyer.get("/store/acct-store/account").html().select("#addresses li")).hasSize(1);

		String stranger = TestTokens.contact(company, "acct-store", UUID.randomUUID(), UUID.randomUUID());
		Browser other = new Browser(this.port).withCookie("DISTRIBU_STORE_SESSION", stranger);
		other.get("/store/acct-store/login");
		assertThat(other.post("/store/acct-store/account/addresses/" + quay + "/remove").status())
			.as("another customer's address")
			.isEqualTo(404);
		assertThat(new Browser(this.port).get("/store/acct-store/account").location())
			.isEqualTo("/store/acct-store/login?next=%2Fstore%2Facct-store%2Faccount");
		assertThat(team.get("/store/acct-store/account").location()).as("a team member is no buyer")
			.startsWith("/store/acct-store/login");
		try (TopicReader events = new TopicReader("customer.events")) {
			assertThat(events.awaitFirst(company, "contact.updated", (e) -> true).path("data").path("name").asString())
				.isEqualTo("Bruno Baker");
		}
	}

	@Test
	void checkoutSavesANewAddressOnceForTheContactsOwnCustomerOnly() {
		UUID company = Stores.open(this.port, "addr-store", "Address Store");
		UUID customer = UUID.randomUUID();
		Browser team = new Browser(this.port).withBearer(TestTokens.user(company, UUID.randomUUID(), Role.OWNER));
		team.get("/dashboard/customers/new");
		team.post("/dashboard/customers/new", "name", "Quay Co", "email", "quay@addr.test", "phone", "", "creditLimit",
				"", "status", "ACTIVE");
		String customerId = team.get("/dashboard/customers?q=quay")
			.html()
			.select("tr:contains(Quay Co) a")
			.attr("href")
			.replace("/dashboard/customers/", "");
		String contact = TestTokens.contact(company, "addr-store", UUID.randomUUID(), UUID.fromString(customerId));
		String body = "{\"kind\":\"SHIPPING\",\"line1\":\"5 Quay Road\",\"postalCode\":\"3011 BB\",\"city\":"
				+ "\"Rotterdam\",\"country\":\"NL\"}";

		Browser.Page first = new Browser(this.port).withBearer(contact)
			.postJson("/internal/customers/" + customerId + "/addresses", body);
		Browser.Page again = new Browser(this.port).withBearer(contact)
			.postJson("/internal/customers/" + customerId + "/addresses", body);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body()).contains("\"isDefault\":true");
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(new Browser(this.port).withBearer(contact)
			.postJson("/internal/customers/" + customer + "/addresses", body)
			.status()).as("another customer").isEqualTo(404);
		assertThat(new Browser(this.port).withBearer(contact)
			.postJson("/internal/customers/" + customerId + "/addresses", "{\"kind\":\"SHIPPING\"}")
			.status()).isEqualTo(400);
	}

	private static String ask(Browser visitor, String email) {
		visitor.get("/store/login-store/login");
		return visitor.follow(visitor.post("/store/login-store/login", "email", email))
			.html()
			.select("#sign-in-sent")
			.text();
	}

}
