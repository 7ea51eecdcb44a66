package app.distribu.customer.throttle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

import app.distribu.customer.Browser;
import app.distribu.customer.FakeIdentity;
import app.distribu.customer.Stores;
import app.distribu.platform.test.Mailbox;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nobody can use a storefront to flood an inbox (or a store's team) with mail: sign-in
 * links and registrations are limited per email address, per store and per client address
 * each hour, and the page answers the same whether or not a mail went out.
 */
@ServiceTest
@TestPropertySource(properties = { "distribu.customer.storefront-limits.per-address=3",
		"distribu.customer.storefront-limits.per-client=6", "distribu.customer.storefront-limits.per-store=10" })
class InboxBombingTest {

	static final FakeIdentity identity = new FakeIdentity();

	@DynamicPropertySource
	static void upstreams(DynamicPropertyRegistry registry) {
		registry.add("distribu.customer.identity-url", identity::url);
		registry.add("distribu.customer.contact-links-secret", () -> FakeIdentity.SECRET);
	}

	@LocalServerPort
	int port;

	@Test
	void oneAddressGetsNoMoreSignInLinksThanItsLimitAndTheAnswerNeverChanges() {
		UUID company = Stores.open(this.port, "bomb-address", "Bomb Address");
		String victim = "victim-" + UUID.randomUUID() + "@inbox.test";
		activeContact(company, victim);

		for (int i = 0; i < 8; i++) {
			// A fresh client address each time: only the per-address limit can stop this.
			assertThat(ask("bomb-address", victim, "203.0.113." + (i + 1))).isEqualTo(NEUTRAL);
		}

		mailsSettleAt(List.of(victim), 3);
	}

	@Test
	void oneClientCannotSendLinksToManyAddresses() {
		UUID company = Stores.open(this.port, "bomb-client", "Bomb Client");
		List<String> addresses = new ArrayList<>();
		for (int i = 0; i < 9; i++) {
			String address = "client-" + i + "-" + UUID.randomUUID() + "@inbox.test";
			activeContact(company, address);
			addresses.add(address);
		}

		addresses.forEach((address) -> assertThat(ask("bomb-client", address, "198.51.100.7")).isEqualTo(NEUTRAL));

		mailsSettleAt(addresses, 6);
		assertThat(addresses.subList(6, 9)).allSatisfy((address) -> assertThat(Mailbox.countTo(address)).isZero());
	}

	@Test
	void aStoreSendsNoMoreThanItsLimitHoweverManyClientsAsk() {
		UUID company = Stores.open(this.port, "bomb-store", "Bomb Store");
		List<String> addresses = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			String address = "store-" + i + "-" + UUID.randomUUID() + "@inbox.test";
			activeContact(company, address);
			addresses.add(address);
			assertThat(ask("bomb-store", address, "192.0.2." + (i + 1))).isEqualTo(NEUTRAL);
		}

		mailsSettleAt(addresses, 10);
	}

	@Test
	void registrationsOverTheLimitAreRefusedWithAReadableMessageAndCreateNothing() {
		UUID company = Stores.open(this.port, "bomb-register", "Bomb Register");
		String victim = "registrant-" + UUID.randomUUID() + "@inbox.test";
		for (int i = 0; i < 3; i++) {
			Browser visitor = visitor("203.0.113." + (100 + i));
			visitor.get("/store/bomb-register/register");
			// The same address over and over: the first registers, the next two are told
			// it exists.
			assertThat(visitor
				.post("/store/bomb-register/register", "businessName", "Shop " + i, "name", "Sam", "email", victim,
						"phone", "")
				.status()).isEqualTo(200);
		}
		Browser visitor = visitor("203.0.113.200");
		visitor.get("/store/bomb-register/register");
		Browser.Page refused = visitor.post("/store/bomb-register/register", "businessName", "Shop X", "name", "Sam",
				"email", "other-" + victim, "phone", "");
		assertThat(refused.status()).isEqualTo(200);

		Browser.Page limited = visitor.post("/store/bomb-register/register", "businessName", "Shop Y", "name", "Sam",
				"email", victim, "phone", "");
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.html().select("main").text()).contains("too many registrations", "try again later");
		assertThat(customers(company)).hasSize(2);
	}

	private static final String NEUTRAL = "If this address belongs to an account at this store, we've emailed it a "
			+ "sign-in link. It works once, for 30 minutes.";

	/** The addresses got exactly {@code count} mails, and no more follow. */
	private static void mailsSettleAt(List<String> addresses, int count) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> addresses.stream().mapToInt(Mailbox::countTo).sum() == count);
		Awaitility.await()
			.during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(3))
			.until(() -> addresses.stream().mapToInt(Mailbox::countTo).sum() == count);
	}

	private String ask(String slug, String email, String clientAddress) {
		Browser visitor = visitor(clientAddress);
		visitor.get("/store/" + slug + "/login");
		Browser.Page page = visitor.post("/store/" + slug + "/login", "email", email);
		assertThat(page.status()).isEqualTo(200);
		return page.html().select("#sign-in-sent").text();
	}

	/** A visitor behind the gateway, which names the client in X-Forwarded-For. */
	private Browser visitor(String clientAddress) {
		return new Browser(this.port).withHeader("X-Forwarded-For", clientAddress);
	}

	private void activeContact(UUID company, String email) {
		api().post()
			.uri("/api/v1/customers")
			.header("Authorization", "Bearer " + TestTokens.apiKey(company, "customers:write"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", "Customer of " + email, "email", email, "status", "ACTIVE", "contacts",
					List.of(Map.of("name", "Buyer", "email", email))))
			.retrieve()
			.toBodilessEntity();
	}

	@SuppressWarnings("unchecked")
	private List<Object> customers(UUID company) {
		Map<String, Object> page = api().get()
			.uri("/api/v1/customers?limit=100")
			.header("Authorization", "Bearer " + TestTokens.apiKey(company, "customers:read"))
			.retrieve()
			.body(Map.class);
		return (List<Object>) page.get("data");
	}

	private RestClient api() {
		return RestClient.builder().baseUrl("http://localhost:" + this.port).build();
	}

}
