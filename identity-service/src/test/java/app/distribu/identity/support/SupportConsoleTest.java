package app.distribu.identity.support;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import app.distribu.identity.Accounts;
import app.distribu.platform.test.Mailbox;
import app.distribu.identity.Accounts.SignedUp;
import app.distribu.identity.Browser;
import app.distribu.identity.IdentityTokens;
import app.distribu.identity.SupportSignIn;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ServiceTest
@TestPropertySource(properties = { "distribu.identity.support.email=help@distribu.test",
		"distribu.identity.support.password=support password 123" })
class SupportConsoleTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSeededSupportAccountSignsInToTheConsoleWithoutACompany() throws Exception {
		Browser browser = new Browser(this.port);
		SupportSignIn.enrol(browser, "HELP@distribu.test", "support password 123", Clock.systemUTC());

		JWTClaimsSet claims = IdentityTokens.verify(this.port, browser.cookie("DISTRIBU_SESSION"));
		assertThat(claims.getStringClaim("kind")).isEqualTo("SUPPORT");
		assertThat(claims.getStringClaim("cid")).isEqualTo("00000000-0000-0000-0000-000000000000");
		assertThat(claims.getStringClaim("email")).isEqualTo("help@distribu.test");
		assertThat(claims.getClaim("roles")).isNull();
	}

	@Test
	void teamMembersAndApiKeysCannotOpenTheConsole() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Locked", "locked-out", "owner@locked.test");
		Browser owner = new Browser(this.port).withBearer(TestTokens.user(acme.companyId(), acme.userId(), Role.OWNER));
		Browser apiKey = new Browser(this.port).withBearer(TestTokens.apiKey(acme.companyId(), "orders:read"));

		for (String path : List.of("/support", "/support?q=owner", "/support/users/" + acme.userId(),
				"/support/companies/" + acme.companyId(), "/support/audit")) {
			assertThat(owner.get(path).status()).as(path).isEqualTo(403);
			assertThat(apiKey.get(path).status()).as(path).isEqualTo(403);
		}
		assertThat(new Browser(this.port).get("/support").status()).as("signed out").isEqualTo(302);
	}

	@Test
	void aSupportSessionSeesNoTenantData() throws Exception {
		Accounts.signUp(this.port, "Tenant", "tenant-data", "owner@tenant.test");
		Browser support = support();

		assertThat(support.get("/dashboard").status()).as("support has no company dashboard").isEqualTo(403);
		assertThat(support.get("/dashboard/settings/api-keys").status()).isEqualTo(403);
	}

	@Test
	void supportFindsUsersAndCompaniesAndChangesAnEmailWithAnAuditRow() throws Exception {
		SignedUp zed = Accounts.signUp(this.port, "Zed Corp", "Zed-Corp", "zed@zed.test");
		Browser support = support();

		assertThat(support.get("/support?q=ZED.TEST").html().select("#users tbody tr").text()).contains("zed@zed.test");
		assertThat(support.get("/support?q=zed-corp").html().select("#companies tbody tr").text()).contains("Zed Corp",
				"Zed-Corp");
		Browser.Page company = support.get("/support/companies/" + zed.companyId());
		assertThat(company.html().select("#owners").text()).isEqualTo("zed@zed.test");

		support.get("/support/users/" + zed.userId());
		Browser.Page changed = support.post("/support/users/" + zed.userId() + "/email",
				Browser.form("email", "new-zed@zed.test", "reason", "Ticket 42, confirmed from the old address"));

		assertThat(changed.status()).as(changed.body()).isEqualTo(302);
		assertThat(support.get("/support/users/" + zed.userId()).html().select("#user-email").text())
			.isEqualTo("new-zed@zed.test");
		Map<String, Object> row = auditRow("CHANGE_EMAIL", zed.userId());
		assertThat(row).containsEntry("reason", "Ticket 42, confirmed from the old address")
			.containsEntry("before_state", "{\"email\":\"zed@zed.test\"}")
			.containsEntry("after_state", "{\"email\":\"new-zed@zed.test\"}")
			.containsEntry("actor_id", SUPPORT_ID);
		assertThat(support.get("/support/audit").html().select("#audit tbody tr").first().text())
			.contains("CHANGE_EMAIL", "Ticket 42", "new-zed@zed.test");

		Browser signIn = new Browser(this.port);
		signIn.get("/login");
		assertThat(signIn.post("/login", Browser.form("email", "new-zed@zed.test", "password", Accounts.PASSWORD))
			.location()).isEqualTo("/dashboard");
	}

	@Test
	void anEmailTakenByAnotherAccountIsRefusedWithAClearMessage() throws Exception {
		SignedUp first = Accounts.signUp(this.port, "First", "first-co", "first@taken.test");
		Accounts.signUp(this.port, "Second", "second-co", "second@taken.test");
		Browser support = support();
		support.get("/support/users/" + first.userId());

		Browser.Page page = support.post("/support/users/" + first.userId() + "/email",
				Browser.form("email", "SECOND@taken.test", "reason", "asked by phone"));

		assertThat(page.status()).isEqualTo(409);
		assertThat(page.html().select(".alert.error").text())
			.isEqualTo("Another account already uses SECOND@taken.test. Emails are unique regardless of case.");
		assertThat(auditCount(first.userId())).isZero();
	}

	@Test
	void supportRestoresAnOwnerByEmailWithAnAuditRow() throws Exception {
		SignedUp company = Accounts.signUp(this.port, "Restore Co", "restore-co", "gone@restore.test");
		SignedUp person = Accounts.signUp(this.port, "Elsewhere", "elsewhere", "back@restore.test");
		Browser support = support();
		support.get("/support/companies/" + company.companyId());

		Browser.Page page = support.post("/support/companies/" + company.companyId() + "/owners",
				Browser.form("email", "Back@Restore.test", "reason", "Owner locked out, ticket 7"));

		assertThat(page.status()).as(page.body()).isEqualTo(302);
		assertThat(support.get("/support/companies/" + company.companyId()).html().select("#owners").text())
			.isEqualTo("gone@restore.test, back@restore.test");
		Map<String, Object> row = auditRow("RESTORE_OWNER", person.userId());
		assertThat(row).containsEntry("target_company_id", company.companyId())
			.containsEntry("before_state", "{\"email\":\"back@restore.test\",\"role\":null}")
			.containsEntry("after_state", "{\"email\":\"back@restore.test\",\"role\":\"OWNER\"}");
	}

	@Test
	void supportMailsAPasswordResetLinkWithoutSeeingItAndAudits() throws Exception {
		SignedUp person = Accounts.signUp(this.port, "Reset Co", "reset-co", "forgot@reset.test");
		Browser support = support();
		support.get("/support/users/" + person.userId());

		Browser.Page page = support.post("/support/users/" + person.userId() + "/password-reset",
				Browser.form("reason", "Asked from the account's address, ticket 9"));

		assertThat(page.status()).as(page.body()).isEqualTo(302);
		Mailbox.Mail mail = Mailbox.await("forgot@reset.test", "password");
		assertThat(mail.linkPath()).startsWith("/reset-password/");
		assertThat(support.get(page.location()).body()).doesNotContain(mail.token());
		assertThat(auditRow("ISSUE_PASSWORD_RESET", person.userId())).containsEntry("reason",
				"Asked from the account's address, ticket 9");
	}

	@Test
	void everyActionWithoutAReasonIsRefused() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "No Reason", "no-reason", "owner@noreason.test");
		SignedUp other = Accounts.signUp(this.port, "Other", "no-reason-2", "other@noreason.test");
		Browser support = support();
		support.get("/support/users/" + acme.userId());

		Browser.Page email = support.post("/support/users/" + acme.userId() + "/email",
				Browser.form("email", "changed@noreason.test", "reason", "  "));
		Browser.Page owner = support.post("/support/companies/" + acme.companyId() + "/owners",
				Browser.form("userId", other.userId().toString()));

		Browser.Page reset = support.post("/support/users/" + acme.userId() + "/password-reset",
				Browser.form("reason", ""));

		assertThat(email.status()).isEqualTo(422);
		assertThat(owner.status()).isEqualTo(422);
		assertThat(reset.status()).isEqualTo(422);
		assertThat(email.html().select(".alert.error").text())
			.isEqualTo("Give a reason for this action; it goes into the audit log.");
		assertThat(support.get("/support/users/" + acme.userId()).html().select("#user-email").text())
			.isEqualTo("owner@noreason.test");
		assertThat(support.get("/support/companies/" + acme.companyId()).html().select("#owners").text())
			.isEqualTo("owner@noreason.test");
		assertThat(auditCount(acme.userId()) + auditCount(other.userId())).isZero();
	}

	@Test
	void auditRowsCannotBeChangedOrDeleted() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Append", "append-only", "old@append.test");
		Browser support = support();
		support.get("/support/users/" + acme.userId());
		support.post("/support/users/" + acme.userId() + "/email",
				Browser.form("email", "new@append.test", "reason", "ticket 9"));

		assertThatThrownBy(() -> this.jdbc.sql("update support_audit set reason = 'nothing'").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from support_audit").update())
			.hasMessageContaining("append-only");
	}

	private static final UUID SUPPORT_ID = UUID.randomUUID();

	private Browser support() {
		return new Browser(this.port).withBearer(TestTokens.support(SUPPORT_ID));
	}

	private Map<String, Object> auditRow(String action, UUID targetUser) {
		return this.jdbc.sql("select * from support_audit where action = ? and target_user_id = ?")
			.params(action, targetUser)
			.query()
			.singleRow();
	}

	private int auditCount(UUID targetUser) {
		return this.jdbc.sql("select count(*) from support_audit where target_user_id = ?")
			.param(targetUser)
			.query(Integer.class)
			.single();
	}

}
