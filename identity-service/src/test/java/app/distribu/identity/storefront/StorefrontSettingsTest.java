package app.distribu.identity.storefront;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import app.distribu.identity.Accounts;
import app.distribu.identity.Accounts.SignedUp;
import app.distribu.identity.Browser;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.LoopbackDns;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestTokens;
import app.distribu.platform.test.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class StorefrontSettingsTest {

	static final String PAGE = "/dashboard/settings/storefront";

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	static final LoopbackDns dns = new LoopbackDns();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void dnsServer(DynamicPropertyRegistry registry) {
		registry.add("distribu.identity.domains.dns-servers", dns::address);
	}

	@AfterAll
	static void stopDns() {
		dns.close();
	}

	@Test
	void anOwnerRenamesTheStoreAndEveryFormRedirectsSoAReloadRepeatsNothing() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Acme Foods", "acme-settings", "owner@acme-settings.test");
		Browser owner = ownerOf(acme);

		Browser.Page page = owner.get(PAGE);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("#store-slug").text()).isEqualTo("acme-settings");
		assertThat(page.html().select("#store-url").text()).isEqualTo("http://localhost:8080/store/acme-settings");

		Browser.Page renamed = owner.post(PAGE + "/name", Browser.form("name", "  Acme Fresh Foods "));
		assertThat(renamed.status()).isEqualTo(302);
		assertThat(renamed.location()).isEqualTo(PAGE);
		Browser.Page after = owner.get(PAGE);
		assertThat(after.html().select("#settings-saved").text()).isEqualTo("The store's name has been saved.");
		assertThat(after.html().select("input[name=name]").attr("value")).isEqualTo("Acme Fresh Foods");
		assertThat(owner.get(PAGE).html().select("#settings-saved")).as("the message is shown once").isEmpty();
		try (TopicReader events = new TopicReader("identity.events")) {
			JsonNode event = events.awaitFirst(acme.companyId(), "company.updated", (any) -> true);
			assertThat(event.path("data").path("name").asString()).isEqualTo("Acme Fresh Foods");
			assertThat(event.path("data").path("slug").asString()).isEqualTo("acme-settings");
		}

		owner.post(PAGE + "/name", Browser.form("name", "   "));
		Browser.Page refused = owner.get(PAGE);
		assertThat(refused.html().select("#settings-problem").text()).isEqualTo("Enter the store's name.");
	}

	@Test
	void theLogoFollowsTheProductImageRulesAndIsPublicAtAStableAddress() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Bolt Supply", "bolt-logo", "owner@bolt-logo.test");
		Browser owner = ownerOf(acme);
		Browser visitor = new Browser(this.port);

		Browser.Page initials = visitor.get("/store/bolt-logo/logo");
		assertThat(initials.status()).isEqualTo(200);
		assertThat(initials.headers().getContentType()).hasToString("image/svg+xml");
		assertThat(initials.body()).contains(">BS</text>");

		owner.get(PAGE);
		Browser.Page uploaded = owner.upload(PAGE + "/logo", "logo", "logo.png", PNG);
		assertThat(uploaded.status()).isEqualTo(302);
		assertThat(owner.get(PAGE).html().select("#settings-saved").text()).isEqualTo("The logo has been saved.");
		Browser.Page logo = visitor.get("/store/bolt-logo/logo");
		assertThat(logo.headers().getContentType()).hasToString("image/png");
		assertThat(logo.body().getBytes(StandardCharsets.UTF_8).length).isGreaterThanOrEqualTo(PNG.length);
		assertThat(visitor.withHeader("If-None-Match", logo.headers().getETag()).get("/store/bolt-logo/logo").status())
			.isEqualTo(304);

		assertThat(refusal(owner, "photo.jpg", heic())).startsWith("HEIC photos aren't supported.");
		assertThat(refusal(owner, "logo.png", "GIF89a....".getBytes(StandardCharsets.US_ASCII)))
			.startsWith("GIF images aren't supported.");
		byte[] tooLarge = Arrays.copyOf(PNG, 5 * 1024 * 1024 + 1);
		assertThat(refusal(owner, "huge.png", tooLarge)).isEqualTo("Image too large.");

		assertThat(visitor.get("/store/no-such-store/logo").status()).isEqualTo(404);
	}

	@Test
	void aCustomDomainIsVerifiedThroughItsDnsTxtRecordAndThenNamesTheStore() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Crate Co", "crate-co", "owner@crate-co.test");
		Browser owner = ownerOf(acme);

		owner.get(PAGE);
		Browser.Page added = owner.post(PAGE + "/domains",
				Browser.form("domain", " https://Orders.Crate-Co.example/ "));
		assertThat(added.status()).isEqualTo(302);
		Browser.Page page = owner.get(PAGE);
		assertThat(page.html().select("#settings-saved").text()).startsWith("orders.crate-co.example was added.");
		var domain = page.html().selectFirst(".domain[data-host=orders.crate-co.example]");
		assertThat(domain.text()).contains("Waiting for DNS", "_distribu-challenge.orders.crate-co.example");
		String value = domain.selectFirst(".txt-value").text();
		assertThat(value).matches("distribu-verification=[0-9a-f]{32}");
		String verify = domain.selectFirst("form[action$=/verify]").attr("action");

		owner.post(verify, Browser.form());
		assertThat(owner.get(PAGE).html().select("#settings-problem").text())
			.startsWith("No TXT record was found at _distribu-challenge.orders.crate-co.example yet.");
		assertThat(new Browser(this.port).get("/internal/store-domains/orders.crate-co.example").status())
			.isEqualTo(404);

		dns.txt("_distribu-challenge.orders.crate-co.example", "distribu-verification=wrong");
		owner.post(verify, Browser.form());
		assertThat(owner.get(PAGE).html().select("#settings-problem").text())
			.contains("does not hold the expected value");

		dns.txt("_distribu-challenge.orders.crate-co.example", "v=spf1 -all", value);
		assertThat(owner.post(verify, Browser.form()).status()).isEqualTo(302);
		Browser.Page verified = owner.get(PAGE);
		assertThat(verified.html().select("#settings-saved").text()).startsWith("orders.crate-co.example is verified.");
		assertThat(verified.html().selectFirst(".domain").text()).contains("Verified");
		Browser.Page lookup = new Browser(this.port).get("/internal/store-domains/orders.crate-co.example");
		assertThat(lookup.status()).isEqualTo(200);
		assertThat(lookup.body()).contains("\"slug\":\"crate-co\"");

		SignedUp other = Accounts.signUp(this.port, "Copycat", "copycat", "owner@copycat.test");
		Browser copycat = ownerOf(other);
		copycat.get(PAGE);
		copycat.post(PAGE + "/domains", Browser.form("domain", "orders.crate-co.example"));
		assertThat(copycat.get(PAGE).html().select("#settings-problem").text())
			.isEqualTo("orders.crate-co.example is already connected to another store.");
		assertThat(copycat.post(verify, Browser.form()).status()).as("another company's domain").isEqualTo(404);
		copycat.post(verify.replace("/verify", "/delete"), Browser.form());
		assertThat(new Browser(this.port).get("/internal/store-domains/orders.crate-co.example").status())
			.as("a company cannot remove another's domain")
			.isEqualTo(200);

		owner.post(verify.replace("/verify", "/delete"), Browser.form());
		assertThat(new Browser(this.port).get("/internal/store-domains/orders.crate-co.example").status())
			.isEqualTo(404);
	}

	@Test
	void domainsThatAreNotHostNamesAreRefusedWithWhatToType() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Dune", "dune-domains", "owner@dune.test");
		Browser owner = ownerOf(acme);
		owner.get(PAGE);
		for (String[] typed : new String[][] { { "orders", "That is not a valid domain name." },
				{ "orders.example.com:8443", "Enter the domain without a port" },
				{ "bad_name.example.com", "That is not a valid domain name." },
				{ "127.0.0.1", "That is not a valid domain name." },
				{ "shop.localhost", "Use a domain of your own" } }) {
			owner.post(PAGE + "/domains", Browser.form("domain", typed[0]));
			Browser.Page page = owner.get(PAGE);
			assertThat(page.html().select("#settings-problem").text()).as(typed[0]).startsWith(typed[1]);
			assertThat(page.html().select("input[name=domain]").attr("value")).isEqualTo(typed[0]);
		}
	}

	@Test
	void onlyOwnersAndAdminsOpenStorefrontSettings() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Elm", "elm-members", "owner@elm.test");
		Browser member = new Browser(this.port)
			.withBearer(TestTokens.user(acme.companyId(), acme.userId(), Role.MEMBER));

		assertThat(member.get(PAGE).status()).isEqualTo(403);
	}

	private static String refusal(Browser owner, String filename, byte[] bytes) {
		Browser.Page answer = owner.upload(PAGE + "/logo", "logo", filename, bytes);
		assertThat(answer.status()).isEqualTo(302);
		return owner.get(PAGE).html().select("#settings-problem").text();
	}

	private static byte[] heic() {
		byte[] bytes = new byte[32];
		System.arraycopy("ftypheic".getBytes(StandardCharsets.US_ASCII), 0, bytes, 4, 8);
		return bytes;
	}

	private Browser ownerOf(SignedUp signedUp) {
		return new Browser(this.port).withBearer(TestTokens.user(signedUp.companyId(), signedUp.userId(), Role.OWNER));
	}

}
