package app.distribu.identity.contact;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jwt.JWTClaimsSet;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import app.distribu.identity.Accounts;
import app.distribu.identity.Accounts.SignedUp;
import app.distribu.identity.Browser;
import app.distribu.identity.IdentityTokens;
import app.distribu.identity.MutableClock;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
@Import(MutableClock.Config.class)
class ContactSignInTest {

	private static final String SECRET = "local-contact-links-secret";

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@AfterEach
	void backToNow() {
		this.clock.reset();
	}

	@Test
	void anInviteLinkSignsTheContactInToItsStoreOnce() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Acme Links", "acme-links", "owner@acme-links.test");
		UUID contactId = UUID.randomUUID();
		UUID customerId = UUID.randomUUID();
		ResponseEntity<Map> issued = issue(SECRET, acme.companyId(), contactId, customerId, "buyer@client.test",
				"INVITE");
		assertThat(issued.getStatusCode().value()).isEqualTo(200);
		String url = (String) issued.getBody().get("url");
		assertThat(url).startsWith("http://localhost:8080/store/acme-links/signin/");
		String path = url.substring("http://localhost:8080".length());

		Browser contact = new Browser(this.port);
		Browser.Page page = contact.get(path);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("#sign-in-title").text()).isEqualTo("Welcome to Acme Links");
		assertThat(page.html().select("#sign-in-email").text()).isEqualTo("buyer@client.test");

		Browser.Page signedIn = contact.post(path, Browser.form());
		assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(302);
		assertThat(signedIn.location()).endsWith("/store/acme-links");
		assertThat(signedIn.setCookies())
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("DISTRIBU_STORE_SESSION=")
				.contains("Path=/store/acme-links")
				.contains("HttpOnly")
				.contains("SameSite=Lax"));
		JWTClaimsSet claims = IdentityTokens.verify(this.port, contact.cookie("DISTRIBU_STORE_SESSION"));
		assertThat(claims.getSubject()).isEqualTo(contactId.toString());
		assertThat(claims.getStringClaim("kind")).isEqualTo("CONTACT");
		assertThat(claims.getStringClaim("cid")).isEqualTo(acme.companyId().toString());
		assertThat(claims.getStringClaim("slug")).isEqualTo("acme-links");
		assertThat(claims.getStringClaim("cname")).isEqualTo("Acme Links");
		assertThat(claims.getStringClaim("customerId")).isEqualTo(customerId.toString());
		assertThat(claims.getStringClaim("email")).isEqualTo("buyer@client.test");
		assertThat(contact.cookie("DISTRIBU_SESSION")).as("no dashboard session").isNull();

		Browser.Page reused = new Browser(this.port).get(path);
		assertThat(reused.status()).isEqualTo(410);
		assertThat(reused.html().select("#link-problem-title").text()).isEqualTo("This link has already been used");
		assertThat(reused.html().select("#ask-for-link").attr("href")).isEqualTo("/store/acme-links/login");
		Browser again = new Browser(this.port);
		again.get("/login");
		assertThat(again.post(path, Browser.form()).status()).isEqualTo(410);
	}

	@Test
	void aLinkOpenedAtAnotherStoreIsRefusedAndStaysUsable() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Acme Wrong", "acme-wrong", "owner@acme-wrong.test");
		Accounts.signUp(this.port, "Bolt Wrong", "bolt-wrong", "owner@bolt-wrong.test");
		String token = token(
				issue(SECRET, acme.companyId(), UUID.randomUUID(), UUID.randomUUID(), "b@client.test", "SIGN_IN"));

		Browser elsewhere = new Browser(this.port);
		Browser.Page page = elsewhere.get("/store/bolt-wrong/signin/" + token);
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.html().select("#link-problem-title").text()).isEqualTo("This link is for another store");
		assertThat(page.html().select("#ask-for-link").attr("href")).isEqualTo("/store/bolt-wrong/login");
		elsewhere.get("/login");
		assertThat(elsewhere.post("/store/bolt-wrong/signin/" + token, Browser.form()).status()).isEqualTo(404);
		assertThat(new Browser(this.port).get("/store/ACME-WRONG/signin/" + token).status())
			.as("slugs are case-sensitive")
			.isEqualTo(404);

		assertThat(new Browser(this.port).get("/store/acme-wrong/signin/" + token).status()).isEqualTo(200);
	}

	@Test
	void anInviteExpiresAfterSevenDaysAndExplainsItself() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Acme Late", "acme-late", "owner@acme-late.test");
		String token = token(
				issue(SECRET, acme.companyId(), UUID.randomUUID(), UUID.randomUUID(), "l@client.test", "INVITE"));

		this.clock.advance(Duration.ofDays(7).minusMinutes(1));
		assertThat(new Browser(this.port).get("/store/acme-late/signin/" + token).status()).isEqualTo(200);
		this.clock.advance(Duration.ofMinutes(2));
		Browser.Page page = new Browser(this.port).get("/store/acme-late/signin/" + token);

		assertThat(page.status()).isEqualTo(410);
		assertThat(page.html().select("#link-problem-title").text()).isEqualTo("This invite has expired");
		assertThat(page.html().select("#link-problem").text()).contains("7 days", "sign-in link");
		assertThat(page.html().select("#ask-for-link").attr("href")).isEqualTo("/store/acme-late/login");
	}

	@Test
	void aSignInLinkExpiresAfterThirtyMinutes() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Acme Quick", "acme-quick", "owner@acme-quick.test");
		String token = token(
				issue(SECRET, acme.companyId(), UUID.randomUUID(), UUID.randomUUID(), "q@client.test", "SIGN_IN"));

		this.clock.advance(Duration.ofMinutes(31));
		Browser.Page page = new Browser(this.port).get("/store/acme-quick/signin/" + token);

		assertThat(page.status()).isEqualTo(410);
		assertThat(page.html().select("#link-problem-title").text()).isEqualTo("This sign-in link has expired");
	}

	@Test
	void aNewerLinkReplacesTheOlderOneOfTheSameContact() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Acme Again", "acme-again", "owner@acme-again.test");
		UUID contactId = UUID.randomUUID();
		UUID customerId = UUID.randomUUID();
		String first = token(issue(SECRET, acme.companyId(), contactId, customerId, "typo@client.tset", "INVITE"));
		String second = token(issue(SECRET, acme.companyId(), contactId, customerId, "fixed@client.test", "INVITE"));

		assertThat(new Browser(this.port).get("/store/acme-again/signin/" + first).status()).isEqualTo(410);
		Browser.Page page = new Browser(this.port).get("/store/acme-again/signin/" + second);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("#sign-in-email").text()).isEqualTo("fixed@client.test");
	}

	@Test
	void aContactGetsAtMostFiveSignInLinksAnHour() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Acme Flood", "acme-flood", "owner@acme-flood.test");
		UUID contactId = UUID.randomUUID();
		UUID customerId = UUID.randomUUID();
		for (int i = 0; i < 5; i++) {
			assertThat(
					issue(SECRET, acme.companyId(), contactId, customerId, "f@client.test", "SIGN_IN").getStatusCode()
						.value())
				.isEqualTo(200);
		}
		assertThat(issue(SECRET, acme.companyId(), contactId, customerId, "f@client.test", "SIGN_IN").getStatusCode()
			.value()).isEqualTo(429);
		assertThat(issue(SECRET, acme.companyId(), contactId, customerId, "f@client.test", "INVITE").getStatusCode()
			.value()).as("the distributor's invites are not capped").isEqualTo(200);
		this.clock.advance(Duration.ofMinutes(61));
		assertThat(issue(SECRET, acme.companyId(), contactId, customerId, "f@client.test", "SIGN_IN").getStatusCode()
			.value()).isEqualTo(200);
	}

	@Test
	void aRemovedContactsLinksAndLinksToAnOldAddressStopWorking() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Acme Gone", "acme-gone", "owner@acme-gone.test");
		UUID removed = UUID.randomUUID();
		UUID renamed = UUID.randomUUID();
		UUID customerId = UUID.randomUUID();
		String removedLink = token(issue(SECRET, acme.companyId(), removed, customerId, "gone@client.test", "INVITE"));
		String oldAddress = token(issue(SECRET, acme.companyId(), renamed, customerId, "typo@client.tset", "INVITE"));

		TestEvents.publish("customer.events", acme.companyId(), "contact.removed",
				Map.of("customerId", customerId, "contactId", removed, "email", "gone@client.test", "name", "Gone"));
		TestEvents.publish("customer.events", acme.companyId(), "contact.updated",
				Map.of("customerId", customerId, "contactId", renamed, "email", "fixed@client.test", "name", "Fixed"));

		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> new Browser(this.port).get("/store/acme-gone/signin/" + removedLink).status() == 410
					&& new Browser(this.port).get("/store/acme-gone/signin/" + oldAddress).status() == 410);
	}

	@Test
	void unknownLinksAndCallersWithoutTheSecretAreRefused() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Acme Refuse", "acme-refuse", "owner@acme-refuse.test");
		assertThat(issue(null, acme.companyId(), UUID.randomUUID(), UUID.randomUUID(), "x@client.test", "INVITE")
			.getStatusCode()
			.value()).isEqualTo(401);
		assertThat(issue("guess", acme.companyId(), UUID.randomUUID(), UUID.randomUUID(), "x@client.test", "INVITE")
			.getStatusCode()
			.value()).isEqualTo(401);
		assertThat(issue(SECRET, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "x@client.test", "INVITE")
			.getStatusCode()
			.value()).isEqualTo(404);

		Browser.Page page = new Browser(this.port).get("/store/acme-refuse/signin/not-a-token");
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.html().select("#link-problem-title").text()).isEqualTo("This sign-in link is not valid");
	}

	@Test
	void signingOutClearsTheStoreSession() {
		Browser contact = new Browser(this.port);
		contact.get("/login");
		Browser.Page out = contact.post("/store/acme-out/logout", Browser.form());
		assertThat(out.status()).isEqualTo(302);
		assertThat(out.location()).endsWith("/store/acme-out/login?signedOut");
		assertThat(out.setCookies()).anySatisfy((cookie) -> assertThat(cookie).startsWith("DISTRIBU_STORE_SESSION=;")
			.contains("Path=/store/acme-out")
			.contains("Max-Age=0"));
	}

	@SuppressWarnings("rawtypes")
	private ResponseEntity<Map> issue(String secret, UUID companyId, UUID contactId, UUID customerId, String email,
			String purpose) {
		return RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build()
			.post()
			.uri("/internal/contact-links")
			.headers((headers) -> {
				if (secret != null) {
					headers.set(ContactLinkApi.SECRET_HEADER, secret);
				}
			})
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("companyId", companyId, "contactId", contactId, "customerId", customerId, "email", email,
					"name", "Buyer", "purpose", purpose))
			.retrieve()
			.toEntity(Map.class);
	}

	@SuppressWarnings("rawtypes")
	private static String token(ResponseEntity<Map> issued) {
		String url = (String) issued.getBody().get("url");
		return url.substring(url.lastIndexOf('/') + 1);
	}

}
