package app.distribu.identity.profile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.distribu.identity.Accounts;
import app.distribu.identity.Accounts.SignedUp;
import app.distribu.identity.Browser;
import app.distribu.platform.test.Mailbox;
import app.distribu.platform.test.Mailbox.Mail;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
@ExtendWith(OutputCaptureExtension.class)
class ProfileTest {

	@LocalServerPort
	int port;

	@Test
	void anEmailChangeTakesEffectOnlyFromTheLinkMailedToTheNewAddress(CapturedOutput output) throws Exception {
		SignedUp owner = Accounts.signUp(this.port, "Move Co", "move-co", "old@move.test");
		Browser me = signedIn(owner);

		Browser.Page requested = me.post("/dashboard/settings/profile/email",
				Browser.form("email", "New@Move.test", "emailPassword", Accounts.PASSWORD));
		assertThat(requested.status()).as(requested.body()).isEqualTo(302);
		assertThat(me.get(requested.location()).html().select("#saved").text()).contains("confirmation link");

		Mail confirmation = Mailbox.await("New@Move.test", EmailChangeMail.CONFIRM_SUBJECT);
		Mail notice = Mailbox.await("old@move.test", EmailChangeMail.NOTICE_SUBJECT);
		assertThat(notice.text()).contains("your email is being changed to New@Move.test");
		assertThat(notice.text()).doesNotContain(confirmation.token());

		assertThat(Accounts.signIn(new Browser(this.port), "new@move.test", Accounts.PASSWORD).status())
			.as("not before confirming")
			.isEqualTo(200);

		Browser elsewhere = new Browser(this.port);
		Browser.Page confirm = elsewhere.get(confirmation.linkPath());
		assertThat(confirm.status()).isEqualTo(200);
		assertThat(confirm.html().select("#new-email").text()).isEqualTo("New@Move.test");
		Browser.Page posted = elsewhere.post(confirmation.linkPath(), Browser.form());
		assertThat(posted.status()).as(posted.body()).isEqualTo(302);
		Browser.Page changed = elsewhere.get(posted.location());
		assertThat(changed.html().select("#email-changed").text()).contains("New@Move.test");
		assertThat(elsewhere.get(posted.location()).status()).as("a reload repeats nothing").isEqualTo(302);

		assertThat(Accounts.signIn(new Browser(this.port), "new@move.test", Accounts.PASSWORD).status()).isEqualTo(302);
		assertThat(Accounts.signIn(new Browser(this.port), "old@move.test", Accounts.PASSWORD).status()).isEqualTo(200);
		assertThat(signedIn(owner).get("/dashboard/settings/profile").html().select("#current-email").text())
			.isEqualTo("New@Move.test");
		assertThat(new Browser(this.port).get(confirmation.linkPath()).status()).as("single use").isEqualTo(410);
		assertThat(output.getAll()).doesNotContain(confirmation.token());
	}

	@Test
	void aWrongCurrentPasswordIsRefusedAndNothingIsMailed() throws Exception {
		SignedUp owner = Accounts.signUp(this.port, "Guard Co", "guard-co", "gil@guard.test");
		Browser me = signedIn(owner);

		Browser.Page email = me.post("/dashboard/settings/profile/email",
				Browser.form("email", "gil@elsewhere.test", "emailPassword", "not my password"));
		assertThat(email.status()).isEqualTo(200);
		assertThat(email.html().select(".field-error").text()).isEqualTo("Your current password is not correct.");

		Browser.Page password = me.post("/dashboard/settings/profile/password", Browser.form("currentPassword",
				"not my password", "password", "another passphrase", "confirmation", "another passphrase"));
		assertThat(password.html().select(".field-error").text()).isEqualTo("Your current password is not correct.");

		assertThat(Mailbox.to("gil@elsewhere.test")).isEmpty();
		assertThat(Accounts.signIn(new Browser(this.port), "gil@guard.test", Accounts.PASSWORD).status())
			.isEqualTo(302);
	}

	@Test
	void aTakenAddressIsRefusedWhenAskedAndWhenConfirmed() throws Exception {
		Accounts.signUp(this.port, "Taken Co", "taken-co", "tom@taken.test");
		SignedUp other = Accounts.signUp(this.port, "Other Co", "other-co", "olga@other.test");
		Browser olga = signedIn(other);

		Browser.Page taken = olga.post("/dashboard/settings/profile/email",
				Browser.form("email", "TOM@taken.test", "emailPassword", Accounts.PASSWORD));
		assertThat(taken.html().select(".field-error").text()).isEqualTo("An account with this email already exists.");

		olga.get("/dashboard/settings/profile");
		olga.post("/dashboard/settings/profile/email",
				Browser.form("email", "late@taken.test", "emailPassword", Accounts.PASSWORD));
		Mail confirmation = Mailbox.await("late@taken.test", EmailChangeMail.CONFIRM_SUBJECT);
		Accounts.signUp(this.port, "Late Co", "late-taken", "LATE@taken.test");

		Browser elsewhere = new Browser(this.port);
		elsewhere.get(confirmation.linkPath());
		Browser.Page refused = elsewhere.post(confirmation.linkPath(), Browser.form());
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html().select("#link-invalid").text())
			.isEqualTo("An account with this email already exists.");
	}

	@Test
	void nameAndPasswordCanBeChanged() throws Exception {
		SignedUp owner = Accounts.signUp(this.port, "Name Co", "name-co", "nia@name.test");
		Browser me = signedIn(owner);

		assertThat(me.post("/dashboard/settings/profile/name", Browser.form("name", "Nia Newname")).status())
			.isEqualTo(302);
		me.get("/dashboard/settings/profile");
		assertThat(me
			.post("/dashboard/settings/profile/password", Browser.form("currentPassword", Accounts.PASSWORD, "password",
					"another passphrase", "confirmation", "another passphrase"))
			.status()).isEqualTo(302);

		assertThat(me.get("/dashboard/settings/profile").html().select("input[name=name]").attr("value"))
			.isEqualTo("Nia Newname");
		assertThat(Accounts.signIn(new Browser(this.port), "nia@name.test", "another passphrase").status())
			.isEqualTo(302);
	}

	private Browser signedIn(SignedUp user) {
		// The service under test trusts the test issuer's keys, not its own.
		Browser browser = new Browser(this.port)
			.withBearer(TestTokens.user(user.companyId(), user.userId(), Role.OWNER));
		browser.get("/dashboard/settings/profile");
		return browser;
	}

}
