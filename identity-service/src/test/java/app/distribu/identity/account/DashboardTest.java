package app.distribu.identity.account;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import app.distribu.identity.Accounts;
import app.distribu.identity.Accounts.SignedUp;
import app.distribu.identity.Browser;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class DashboardTest {

	@LocalServerPort
	int port;

	@Test
	void homeShowsTheCompanyAndItsStorefrontAddress() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Acme Supplies", "AcmeSupplies", "olivia@acme.test");

		Browser.Page page = new Browser(this.port)
			.withBearer(TestTokens.user(acme.companyId(), acme.userId(), Role.OWNER))
			.get("/dashboard");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("h1").text()).isEqualTo("Acme Supplies");
		assertThat(page.html().select("#store-slug").text()).isEqualTo("AcmeSupplies");
		assertThat(page.html().select("#store-url").attr("href")).isEqualTo("http://localhost:8080/store/AcmeSupplies");
		assertThat(page.html().select("a[href=/dashboard/settings/api-keys]")).isNotEmpty();
	}

}
