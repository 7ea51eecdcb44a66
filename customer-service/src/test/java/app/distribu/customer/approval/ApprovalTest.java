package app.distribu.customer.approval;

import java.util.UUID;

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
class ApprovalTest {

	static final FakeIdentity identity = new FakeIdentity();

	@DynamicPropertySource
	static void upstreams(DynamicPropertyRegistry registry) {
		registry.add("distribu.customer.identity-url", identity::url);
		registry.add("distribu.customer.contact-links-secret", () -> FakeIdentity.SECRET);
		registry.add("distribu.customer.upstream.catalog-url", identity::url);
		registry.add("distribu.customer.upstream.order-url", identity::url);
	}

	@LocalServerPort
	int port;

	@Test
	void approvingActivatesAndInvitesWithALinkToCopy() {
		UUID company = Stores.open(this.port, "approve-store", "Approve Store");
		UUID customer = register("approve-store", "Pending Co", "Pat", "pat@pending.test");
		Browser team = teamOf(company);

		Browser.Page detail = team.get("/dashboard/customers/" + customer);
		assertThat(detail.html().select("#customer-status").text()).isEqualTo("Pending");
		assertThat(detail.html().select("#price-overrides").text()).contains("unavailable");
		assertThat(detail.html().select("#recent-orders").text()).contains("unavailable");
		Browser.Page approved = team.follow(team.post("/dashboard/customers/" + customer + "/approve"));

		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		assertThat(approved.html().select("#customer-status").text()).isEqualTo("Active");
		String url = identity.issuedTo("pat@pending.test").get(0).url();
		assertThat(identity.issuedTo("pat@pending.test").get(0).request().path("purpose").asString())
			.isEqualTo("INVITE");
		assertThat(approved.html().select("#invite-links input.invite-url").attr("value")).isEqualTo(url);
		assertThat(approved.html().select("#invite-links input.invite-url").hasAttr("readonly")).isTrue();
		Mailbox.Mail invite = Mailbox.await("pat@pending.test", "Your account at Approve Store is ready");
		assertThat(invite.text()).contains(url, "7 days");
		Browser.Page reloaded = team.get("/dashboard/customers/" + customer);
		assertThat(reloaded.html().select("#contacts").text()).contains("Sent", "valid until");
		assertThat(reloaded.html().select("#invite-links")).as("shown once, never in the address").isEmpty();
		assertThat(identity.issuedTo("pat@pending.test")).as("a reload sends nothing again").hasSize(1);

		try (TopicReader events = new TopicReader("customer.events")) {
			JsonNode changed = events.awaitFirst(company, "customer.status_changed", (e) -> true);
			assertThat(changed.path("data").path("customerId").asString()).isEqualTo(customer.toString());
			assertThat(changed.path("data").path("status").asString()).isEqualTo("ACTIVE");
			assertThat(changed.path("data").path("previousStatus").asString()).isEqualTo("PENDING");
		}
		Browser.Page twice = team.post("/dashboard/customers/" + customer + "/approve");
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.html().select("#problem").text()).contains("Only a pending customer can be approved");
	}

	@Test
	void rejectingDeletesTheRegistrationAndTellsTheRegistrant() {
		UUID company = Stores.open(this.port, "reject-store", "Reject Store");
		UUID customer = register("reject-store", "Spam Co", "Sam", "sam@spam.test");
		Browser team = teamOf(company);
		team.get("/dashboard/customers/" + customer);

		Browser.Page rejected = team.post("/dashboard/customers/" + customer + "/reject");

		assertThat(rejected.status()).isEqualTo(302);
		assertThat(team.get(rejected.location()).html().select(".alert.success").text()).contains("Spam Co",
				"rejected");
		assertThat(team.get("/dashboard/customers/" + customer).status()).isEqualTo(404);
		assertThat(Mailbox.await("sam@spam.test", "Your registration at Reject Store").text())
			.contains("did not approve");
		try (TopicReader events = new TopicReader("customer.events")) {
			assertThat(events.awaitFirst(company, "customer.rejected", (e) -> true)
				.path("data")
				.path("customerId")
				.asString()).isEqualTo(customer.toString());
		}
	}

	@Test
	void fixingAContactsEmailAndResendingInvitesTheRightAddress() {
		UUID company = Stores.open(this.port, "typo-store", "Typo Store");
		UUID customer = register("typo-store", "Typo Co", "Tia", "tia@typo.tset");
		Browser team = teamOf(company);
		team.get("/dashboard/customers/" + customer);
		team.post("/dashboard/customers/" + customer + "/approve");
		String contactId = team.get("/dashboard/customers/" + customer)
			.html()
			.select("#contacts tr[data-contact-id]")
			.attr("data-contact-id");

		Browser.Page saved = team.post("/dashboard/customers/" + customer + "/contacts/" + contactId, "name", "Tia",
				"email", "tia@typo.test");
		assertThat(saved.status()).isEqualTo(302);
		team.get(saved.location());
		Browser.Page resent = team
			.follow(team.post("/dashboard/customers/" + customer + "/contacts/" + contactId + "/invite"));

		assertThat(resent.html().select("#done").text()).contains("tia@typo.test");
		String url = identity.issuedTo("tia@typo.test").get(0).url();
		assertThat(resent.html().select("#invite-links input.invite-url").attr("value")).isEqualTo(url);
		assertThat(Mailbox.await("tia@typo.test", "Your account at Typo Store is ready").text()).contains(url);
		try (TopicReader events = new TopicReader("customer.events")) {
			JsonNode updated = events.awaitFirst(company, "contact.updated", (e) -> true);
			assertThat(updated.path("data").path("email").asString()).isEqualTo("tia@typo.test");
			assertThat(updated.path("data").path("contactId").asString()).isEqualTo(contactId);
		}
	}

	@Test
	void blockingNeedsConfirmationAndUnblockingRestoresOrdering() {
		UUID company = Stores.open(this.port, "block-store", "Block Store");
		UUID customer = register("block-store", "Block Co", "Bo", "bo@block.test");
		Browser team = teamOf(company);
		team.get("/dashboard/customers/" + customer);
		team.post("/dashboard/customers/" + customer + "/approve");

		Browser.Page unconfirmed = team.post("/dashboard/customers/" + customer + "/status", "status", "BLOCKED");
		assertThat(unconfirmed.html().select("#problem").text()).isEqualTo("Tick the box to confirm the change.");
		assertThat(unconfirmed.html().select("#customer-status").text()).isEqualTo("Active");

		Browser.Page blocked = team.post("/dashboard/customers/" + customer + "/status", "status", "BLOCKED", "confirm",
				"yes");
		assertThat(team.get(blocked.location()).html().select("#customer-status").text()).isEqualTo("Blocked");
		Browser.Page unblocked = team.post("/dashboard/customers/" + customer + "/status", "status", "ACTIVE",
				"confirm", "yes");
		assertThat(team.get(unblocked.location()).html().select("#customer-status").text()).isEqualTo("Active");

		try (TopicReader events = new TopicReader("customer.events")) {
			events.awaitFirst(company, "customer.status_changed",
					(e) -> e.path("data").path("status").asString().equals("ACTIVE")
							&& e.path("data").path("previousStatus").asString().equals("BLOCKED"));
			assertThat(events.events(company, "customer.status_changed"))
				.extracting((e) -> e.path("data").path("status").asString())
				.containsExactly("ACTIVE", "BLOCKED", "ACTIVE");
		}
	}

	@Test
	void anotherCompanysCustomerIsNotFound() {
		UUID company = Stores.open(this.port, "mine-store", "Mine Store");
		UUID customer = register("mine-store", "Mine Co", "Mo", "mo@mine.test");
		Browser stranger = teamOf(UUID.randomUUID());
		assertThat(stranger.get("/dashboard/customers/" + customer).status()).isEqualTo(404);
		stranger.get("/dashboard/customers/new");
		assertThat(stranger.post("/dashboard/customers/" + customer + "/approve").status()).isEqualTo(404);
		assertThat(stranger.post("/dashboard/customers/" + customer + "/reject").status()).isEqualTo(404);
		assertThat(teamOf(company).get("/dashboard/customers/" + customer).html().select("#customer-status").text())
			.isEqualTo("Pending");
	}

	@Test
	void nothingChangesWhenIdentityCannotIssueTheInvite() {
		UUID company = Stores.open(this.port, "down-store", "Down Store");
		UUID customer = register("down-store", "Down Co", "Di", "di@down.test");
		Browser team = teamOf(company);
		team.get("/dashboard/customers/" + customer);
		identity.down = true;
		try {
			Browser.Page failed = team.post("/dashboard/customers/" + customer + "/approve");
			assertThat(failed.status()).isEqualTo(503);
			assertThat(failed.html().select("#problem").text()).contains("could not be created");
			assertThat(failed.html().select("#customer-status").text()).isEqualTo("Pending");
		}
		finally {
			identity.down = false;
		}
	}

	private UUID register(String slug, String business, String name, String email) {
		Browser visitor = new Browser(this.port);
		visitor.get("/store/" + slug + "/register");
		visitor.post("/store/" + slug + "/register", "businessName", business, "name", name, "email", email, "phone",
				"");
		return UUID.fromString(teamOf(Stores.companyOf(slug)).get("/dashboard/customers?q=" + email)
			.html()
			.select("#customers tr[data-customer-id]")
			.attr("data-customer-id"));
	}

	private Browser teamOf(UUID company) {
		return new Browser(this.port).withBearer(TestTokens.user(company, UUID.randomUUID(), Role.MEMBER));
	}

}
