package app.distribu.identity.token;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jwt.SignedJWT;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import app.distribu.identity.Accounts;
import app.distribu.identity.Accounts.SignedUp;
import app.distribu.identity.Browser;
import app.distribu.identity.IdentitySignedSessions;
import app.distribu.identity.recovery.PasswordResets;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.test.Mailbox;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestEvents;
import app.distribu.platform.test.TopicReader;

import static app.distribu.identity.db.Tables.MEMBERSHIP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each way a session must end early raises its subject's session version and announces it
 * on {@code identity.events}; the gateway does the refusing (gateway tests).
 */
@ServiceTest
@Import(IdentitySignedSessions.class)
class SessionRevocationTest {

	static final TopicReader identityEvents = new TopicReader("identity.events");

	@LocalServerPort
	int port;

	@Autowired
	DSLContext db;

	@Autowired
	PasswordResets resets;

	@AfterAll
	static void close() {
		identityEvents.close();
	}

	@Test
	void sessionsCarryTheirVersionWhichTheGatewayCanAskForWithoutAToken() throws Exception {
		SignedUp owner = Accounts.signUp(this.port, "Version Co", "version-co", "vera@version.test");
		assertThat(SignedJWT.parse(owner.sessionToken()).getJWTClaimsSet().getIntegerClaim("sv")).isZero();
		assertThat(version(owner.userId())).isZero();
		assertThat(version(UUID.randomUUID())).as("unknown subjects").isZero();
	}

	@Test
	void demotingOrRemovingAMemberEndsTheirSessions() throws Exception {
		SignedUp owner = Accounts.signUp(this.port, "Team Co", "team-co", "tom@team.test");
		SignedUp member = Accounts.signUp(this.port, "Own Co", "own-co", "mia@own.test");
		this.db.insertInto(MEMBERSHIP)
			.set(MEMBERSHIP.USER_ID, member.userId())
			.set(MEMBERSHIP.COMPANY_ID, owner.companyId())
			.set(MEMBERSHIP.ROLE, "ADMIN")
			.execute();
		Browser team = new Browser(this.port).withBearer(owner.sessionToken());
		team.get("/dashboard/settings/team");

		team.post("/dashboard/settings/team/members/" + member.userId() + "/role", Browser.form("role", "ADMIN"));
		assertThat(version(member.userId())).as("no change, no revocation").isZero();
		assertThat(team
			.post("/dashboard/settings/team/members/" + member.userId() + "/role", Browser.form("role", "MEMBER"))
			.status()).isEqualTo(302);
		assertThat(version(member.userId())).isEqualTo(1);
		assertThat(
				team.post("/dashboard/settings/team/members/" + member.userId() + "/remove", Browser.form()).status())
			.isEqualTo(302);
		assertThat(version(member.userId())).isEqualTo(2);

		JsonNode announced = identityEvents.awaitFirst(DistribuPrincipal.NO_COMPANY, SessionVersions.REVOKED,
				(event) -> event.path("data").path("subject").asString().equals(member.userId().toString())
						&& event.path("data").path("version").asInt() == 2);
		assertThat(announced.path("data").propertyNames()).containsExactlyInAnyOrder("subject", "version");

		Browser again = new Browser(this.port);
		Accounts.signIn(again, "mia@own.test", Accounts.PASSWORD);
		assertThat(SignedJWT.parse(again.cookie("DISTRIBU_SESSION")).getJWTClaimsSet().getIntegerClaim("sv"))
			.as("a new sign-in carries the new version")
			.isEqualTo(2);
	}

	@Test
	void changingThePasswordEndsOtherSessionsAndRenewsThisOne() throws Exception {
		SignedUp user = Accounts.signUp(this.port, "Change Co", "change-co", "cid@change.test");
		Browser browser = new Browser(this.port).withBearer(user.sessionToken());
		browser.get("/dashboard/settings/profile");

		Browser.Page changed = browser.post("/dashboard/settings/profile/password", Browser.form("currentPassword",
				Accounts.PASSWORD, "password", "another long passphrase", "confirmation", "another long passphrase"));

		assertThat(changed.status()).as(changed.body()).isEqualTo(302);
		assertThat(version(user.userId())).isEqualTo(1);
		var renewed = SignedJWT.parse(browser.cookie("DISTRIBU_SESSION")).getJWTClaimsSet();
		assertThat(renewed.getIntegerClaim("sv")).isEqualTo(1);
		assertThat(renewed.getStringClaim("cid")).isEqualTo(user.companyId().toString());
	}

	@Test
	void signingOutEverywhereEndsEverySessionThisOneIncluded() throws Exception {
		SignedUp user = Accounts.signUp(this.port, "Lost Co", "lost-co", "lou@lost.test");
		Browser browser = new Browser(this.port);
		Accounts.signIn(browser, "lou@lost.test", Accounts.PASSWORD);
		browser.get("/dashboard/settings/profile");
		assertThat(browser.get("/dashboard/settings/profile").html().select("#sign-out-everywhere")).hasSize(1);

		Browser.Page out = browser.post("/dashboard/settings/profile/sign-out-everywhere", Browser.form());

		assertThat(out.status()).isEqualTo(302);
		assertThat(out.location()).endsWith("/login?signedOutEverywhere");
		assertThat(browser.cookie("DISTRIBU_SESSION")).isNull();
		assertThat(version(user.userId())).isEqualTo(1);
		assertThat(browser.get("/login?signedOutEverywhere").html().select("#signed-out-everywhere").text())
			.isEqualTo("You have been signed out on every device.");
	}

	@Test
	void aPasswordResetEndsEverySession() throws Exception {
		SignedUp user = Accounts.signUp(this.port, "Reset Co", "reset-co", "rae@reset.test");
		this.resets.issueFor(user.userId(), null);
		await().until(() -> !Mailbox.to("rae@reset.test").isEmpty());
		String link = Mailbox.to("rae@reset.test").get(0).linkPath();
		Browser browser = new Browser(this.port);
		browser.get(link);

		browser.post(link,
				Browser.form("password", "a brand new passphrase", "confirmation", "a brand new passphrase"));

		assertThat(version(user.userId())).isEqualTo(1);
	}

	@Test
	void aRemovedContactsStorefrontSessionsEnd() {
		UUID company = UUID.randomUUID();
		UUID contact = UUID.randomUUID();
		TestEvents.publish("customer.events", company, "contact.removed", Map.of("customerId", UUID.randomUUID(),
				"contactId", contact, "email", "cora@buyer.test", "name", "Cora"));

		await().atMost(Duration.ofSeconds(30)).until(() -> version(contact) == 1);
	}

	private int version(UUID subject) {
		Browser.Page answer = new Browser(this.port).get("/internal/sessions/" + subject);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return Integer.parseInt(answer.body().replaceAll(".*\"version\":(\\d+).*", "$1"));
	}

}
