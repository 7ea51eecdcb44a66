package app.distribu.identity.team;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.distribu.identity.Accounts;
import app.distribu.identity.Accounts.SignedUp;
import app.distribu.identity.Browser;
import app.distribu.identity.IdentityTokens;
import app.distribu.platform.test.Mailbox;
import app.distribu.identity.MutableClock;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
@Import(MutableClock.Config.class)
class TeamTest {

	private static final String TEAM = "/dashboard/settings/team";

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@AfterEach
	void backToNow() {
		this.clock.reset();
	}

	@Test
	void anInviteMailCarriesAWorkingSingleUseLink() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Acme Team", "acme-team", "owner@acme-team.test");
		Browser owner = as(acme, acme.userId(), Role.OWNER);
		int before = Mailbox.countTo("New.Hire@acme-team.test");

		owner.get(TEAM);
		Browser.Page sent = owner.post(TEAM + "/invites",
				Browser.form("email", " New.Hire@acme-team.test ", "role", "ADMIN"));

		assertThat(sent.status()).as(sent.body()).isEqualTo(302);
		Mailbox.Mail mail = Mailbox.latestTo("New.Hire@acme-team.test", before);
		assertThat(mail.subject()).contains("Test Company");
		assertThat(mail.link()).startsWith("http://localhost:8080/invites/");
		assertThat(owner.get(TEAM).html().select("#invites tbody tr").text()).contains("New.Hire@acme-team.test",
				"ADMIN");

		String path = mail.linkPath();
		Browser invited = new Browser(this.port);
		Browser.Page invitePage = invited.get(path);
		assertThat(invitePage.status()).isEqualTo(200);
		assertThat(invitePage.html().select("#invite-company").text()).isEqualTo("Acme Team");
		assertThat(invitePage.html().select("#invite-role").text()).isEqualTo("ADMIN");
		assertThat(invitePage.html().select("#sign-in-to-join").attr("href")).isEqualTo("/login?next=" + path);

		Browser.Page joined = invited.post(path + "/signup",
				Browser.form("name", "Nina New", "password", Accounts.PASSWORD));
		assertThat(joined.status()).as(joined.body()).isEqualTo(302);
		assertThat(joined.location()).endsWith("/dashboard");
		JWTClaimsSet claims = IdentityTokens.verify(this.port, invited.cookie("DISTRIBU_SESSION"));
		assertThat(claims.getStringClaim("cid")).isEqualTo(acme.companyId().toString());
		assertThat(claims.getStringListClaim("roles")).containsExactly("ADMIN");
		assertThat(claims.getStringClaim("email")).isEqualTo("New.Hire@acme-team.test");

		Browser.Page team = owner.get(TEAM);
		assertThat(team.html().select("#members tbody tr").text()).contains("Nina New", "New.Hire@acme-team.test",
				"ADMIN");
		assertThat(team.html().select("#invites")).isEmpty();

		Browser.Page reused = new Browser(this.port).get(path);
		assertThat(reused.status()).isEqualTo(410);
		assertThat(reused.html().select("#invite-problem").text()).contains("already been used", "send a new one");
		Browser again = new Browser(this.port);
		again.get("/login");
		assertThat(again.post(path + "/signup", Browser.form("name", "Again", "password", Accounts.PASSWORD)).status())
			.isEqualTo(410);
	}

	@Test
	void acceptingWhileSignedInAddsTheMembershipAndSwitchesTheSession() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Acme Two", "acme-two", "owner@acme-two.test");
		SignedUp bolt = Accounts.signUp(this.port, "Bolt Two", "bolt-two", "Owner@Bolt-Two.test");
		String path = invite(as(acme, acme.userId(), Role.OWNER), "owner@bolt-two.test", Role.MEMBER);

		Browser boltOwner = as(bolt, bolt.userId(), Role.OWNER);
		Browser.Page page = boltOwner.get(path);
		assertThat(page.html().select("#join").text()).isEqualTo("Join Acme Two");
		Browser.Page accepted = boltOwner.post(path + "/accept", Browser.form());

		assertThat(accepted.status()).as(accepted.body()).isEqualTo(302);
		JWTClaimsSet claims = IdentityTokens.verify(this.port, boltOwner.cookie("DISTRIBU_SESSION"));
		assertThat(claims.getSubject()).isEqualTo(bolt.userId().toString());
		assertThat(claims.getStringClaim("cid")).isEqualTo(acme.companyId().toString());
		assertThat(claims.getStringListClaim("roles")).containsExactly("MEMBER");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> companies = (List<Map<String, Object>>) claims.getClaim("companies");
		assertThat(companies).extracting((company) -> company.get("name")).containsExactly("Acme Two", "Bolt Two");
	}

	@Test
	void anInviteForAnotherAddressIsRefusedNamingThatAddress() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Acme Three", "acme-three", "owner@acme-three.test");
		SignedUp other = Accounts.signUp(this.port, "Other Three", "other-three", "someone@other-three.test");
		String path = invite(as(acme, acme.userId(), Role.OWNER), "invited@acme-three.test", Role.MEMBER);

		Browser forwarded = as(other, other.userId(), Role.OWNER);
		forwarded.get(path);
		Browser.Page refused = forwarded.post(path + "/accept", Browser.form());

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.html().select("#invite-problem").text()).contains("invited@acme-three.test");
		assertThat(new Browser(this.port).get(path).status()).as("still usable by its addressee").isEqualTo(200);
	}

	@Test
	void anExpiredInviteIsRefused() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Acme Four", "acme-four", "owner@acme-four.test");
		String path = invite(as(acme, acme.userId(), Role.OWNER), "late@acme-four.test", Role.MEMBER);

		this.clock.advance(Duration.ofDays(7).plusMinutes(1));
		Browser late = new Browser(this.port);
		Browser.Page page = late.get(path);

		assertThat(page.status()).isEqualTo(410);
		assertThat(page.html().select("#invite-problem").text()).contains("expired", "send a new one");
		late.get("/login");
		assertThat(late.post(path + "/signup", Browser.form("name", "Late", "password", Accounts.PASSWORD)).status())
			.isEqualTo(410);
		assertThat(as(acme, acme.userId(), Role.OWNER).get(TEAM).html().select("#invites").text())
			.contains("late@acme-four.test", "Expired");
	}

	@Test
	void resendingReplacesTheLinkAndRevokingEndsIt() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Acme Five", "acme-five", "owner@acme-five.test");
		Browser owner = as(acme, acme.userId(), Role.OWNER);
		String first = invite(owner, "twice@acme-five.test", Role.MEMBER);
		String inviteId = owner.get(TEAM).html().selectFirst("#invites tbody tr").attr("data-invite-id");

		int before = Mailbox.countTo("twice@acme-five.test");
		assertThat(owner.post(TEAM + "/invites/" + inviteId + "/resend", Browser.form()).status()).isEqualTo(302);
		String second = Mailbox.latestTo("twice@acme-five.test", before).linkPath();

		assertThat(second).isNotEqualTo(first);
		assertThat(new Browser(this.port).get(first).status()).isEqualTo(404);
		assertThat(new Browser(this.port).get(second).status()).isEqualTo(200);

		owner.get(TEAM);
		assertThat(owner.post(TEAM + "/invites/" + inviteId + "/revoke", Browser.form()).status()).isEqualTo(302);
		assertThat(new Browser(this.port).get(second).status()).isEqualTo(410);
		assertThat(owner.get(TEAM).html().select("#invites")).isEmpty();
	}

	@Test
	void invitingAMemberSaysTheyAreAlreadyIn() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Acme Six", "acme-six", "owner@acme-six.test");
		Browser owner = as(acme, acme.userId(), Role.OWNER);
		owner.get(TEAM);

		Browser.Page page = owner.post(TEAM + "/invites",
				Browser.form("email", "OWNER@acme-six.test", "role", "MEMBER"));

		assertThat(page.status()).isEqualTo(409);
		assertThat(page.html().select("#team-error").text())
			.isEqualTo("OWNER@acme-six.test is already a member of this company.");
	}

	@Test
	void anAdminCannotTouchOwnersNorMakeOwners() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Acme Seven", "acme-seven", "owner@acme-seven.test");
		UUID adminId = join(acme, "admin@acme-seven.test", Role.ADMIN);
		Browser admin = as(acme, adminId, Role.ADMIN);
		Browser.Page team = admin.get(TEAM);
		assertThat(team.status()).isEqualTo(200);
		assertThat(team.html().select("#members tr[data-user-id=" + acme.userId() + "] form")).isEmpty();

		Browser.Page demote = admin.post(TEAM + "/members/" + acme.userId() + "/role", Browser.form("role", "MEMBER"));
		assertThat(demote.status()).isEqualTo(403);
		assertThat(demote.html().select("#team-error").text())
			.isEqualTo("Only an owner can invite, change or remove owners.");
		assertThat(admin.post(TEAM + "/members/" + acme.userId() + "/remove", Browser.form()).status()).isEqualTo(403);
		assertThat(admin.post(TEAM + "/members/" + adminId + "/role", Browser.form("role", "OWNER")).status())
			.isEqualTo(403);
		assertThat(
				admin.post(TEAM + "/invites", Browser.form("email", "boss@acme-seven.test", "role", "OWNER")).status())
			.isEqualTo(403);

		assertThat(admin.get(TEAM).html().select("#members tr[data-user-id=" + acme.userId() + "]").text())
			.contains("OWNER");
	}

	@Test
	void theLastOwnerCannotBeDemotedOrRemoved() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Acme Eight", "acme-eight", "owner@acme-eight.test");
		Browser owner = as(acme, acme.userId(), Role.OWNER);
		owner.get(TEAM);

		Browser.Page demote = owner.post(TEAM + "/members/" + acme.userId() + "/role", Browser.form("role", "ADMIN"));
		assertThat(demote.status()).isEqualTo(409);
		assertThat(demote.html().select("#team-error").text()).startsWith("A company needs at least one owner.");
		Browser.Page remove = owner.post(TEAM + "/members/" + acme.userId() + "/remove", Browser.form());
		assertThat(remove.status()).isEqualTo(409);
		assertThat(remove.html().select("#team-error").text()).startsWith("A company needs at least one owner.");

		UUID second = join(acme, "second@acme-eight.test", Role.MEMBER);
		assertThat(owner.post(TEAM + "/members/" + second + "/role", Browser.form("role", "OWNER")).status())
			.isEqualTo(302);
		assertThat(owner.post(TEAM + "/members/" + acme.userId() + "/role", Browser.form("role", "ADMIN")).status())
			.as("another owner exists now")
			.isEqualTo(302);
		Browser secondOwner = as(acme, second, Role.OWNER);
		secondOwner.get(TEAM);
		assertThat(secondOwner.post(TEAM + "/members/" + second + "/remove", Browser.form()).status()).isEqualTo(409);
	}

	@Test
	void aMemberIsRefusedThePageAndEveryAction() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Acme Nine", "acme-nine", "owner@acme-nine.test");
		UUID memberId = join(acme, "member@acme-nine.test", Role.MEMBER);
		Browser owner = as(acme, acme.userId(), Role.OWNER);
		invite(owner, "pending@acme-nine.test", Role.MEMBER);
		String inviteId = owner.get(TEAM).html().selectFirst("#invites tbody tr").attr("data-invite-id");
		Browser member = as(acme, memberId, Role.MEMBER);
		member.get("/login");

		assertThat(member.get(TEAM).status()).isEqualTo(403);
		assertThat(member.post(TEAM + "/invites", Browser.form("email", "x@acme-nine.test", "role", "MEMBER")).status())
			.isEqualTo(403);
		assertThat(member.post(TEAM + "/invites/" + inviteId + "/resend", Browser.form()).status()).isEqualTo(403);
		assertThat(member.post(TEAM + "/invites/" + inviteId + "/revoke", Browser.form()).status()).isEqualTo(403);
		assertThat(member.post(TEAM + "/members/" + acme.userId() + "/role", Browser.form("role", "MEMBER")).status())
			.isEqualTo(403);
		assertThat(member.post(TEAM + "/members/" + acme.userId() + "/remove", Browser.form()).status()).isEqualTo(403);
	}

	@Test
	void anotherCompanysMembersAndInvitesAreNotFound() throws Exception {
		SignedUp a = Accounts.signUp(this.port, "Company A", "team-a", "owner@team-a.test");
		SignedUp b = Accounts.signUp(this.port, "Company B", "team-b", "owner@team-b.test");
		UUID bMember = join(b, "member@team-b.test", Role.MEMBER);
		Browser bOwner = as(b, b.userId(), Role.OWNER);
		invite(bOwner, "pending@team-b.test", Role.MEMBER);
		String bInvite = bOwner.get(TEAM).html().selectFirst("#invites tbody tr").attr("data-invite-id");

		Browser aOwner = as(a, a.userId(), Role.OWNER);
		assertThat(aOwner.get(TEAM).body()).doesNotContain("team-b.test");
		assertThat(aOwner.post(TEAM + "/members/" + bMember + "/role", Browser.form("role", "ADMIN")).status())
			.isEqualTo(404);
		assertThat(aOwner.post(TEAM + "/members/" + bMember + "/remove", Browser.form()).status()).isEqualTo(404);
		assertThat(aOwner.post(TEAM + "/invites/" + bInvite + "/resend", Browser.form()).status()).isEqualTo(404);
		assertThat(aOwner.post(TEAM + "/invites/" + bInvite + "/revoke", Browser.form()).status()).isEqualTo(404);

		assertThat(bOwner.get(TEAM).html().select("#members").text()).contains("member@team-b.test");
		assertThat(bOwner.get(TEAM).html().select("#invites").text()).contains("pending@team-b.test");
	}

	@Test
	void switchingToACompanyWithoutMembershipIsNotFound() throws Exception {
		SignedUp a = Accounts.signUp(this.port, "Switch A", "switch-a", "owner@switch-a.test");
		SignedUp b = Accounts.signUp(this.port, "Switch B", "switch-b", "owner@switch-b.test");
		Browser aOwner = as(a, a.userId(), Role.OWNER);
		aOwner.get("/login");

		Browser.Page refused = aOwner.post("/dashboard/switch-company",
				Browser.form("companyId", b.companyId().toString()));

		assertThat(refused.status()).isEqualTo(404);
		assertThat(aOwner.cookie("DISTRIBU_SESSION")).isNull();

		Browser.Page same = aOwner.post("/dashboard/switch-company",
				Browser.form("companyId", a.companyId().toString()));
		assertThat(same.status()).isEqualTo(302);
		assertThat(SignedJWT.parse(aOwner.cookie("DISTRIBU_SESSION")).getJWTClaimsSet().getStringClaim("cid"))
			.isEqualTo(a.companyId().toString());
	}

	private Browser as(SignedUp company, UUID userId, Role role) {
		return new Browser(this.port).withBearer(TestTokens.user(company.companyId(), userId, role));
	}

	/** Invites the address and returns the path of the link it received. */
	private String invite(Browser manager, String email, Role role) throws Exception {
		int before = Mailbox.countTo(email);
		manager.get(TEAM);
		Browser.Page sent = manager.post(TEAM + "/invites", Browser.form("email", email, "role", role.name()));
		assertThat(sent.status()).as(sent.body()).isEqualTo(302);
		return Mailbox.latestTo(email, before).linkPath();
	}

	/** A new user who joined the company through an invite, with the given role. */
	private UUID join(SignedUp company, String email, Role role) throws Exception {
		String path = invite(as(company, company.userId(), Role.OWNER), email, role);
		Browser invited = new Browser(this.port);
		invited.get(path);
		Browser.Page joined = invited.post(path + "/signup",
				Browser.form("name", "Joiner", "password", Accounts.PASSWORD));
		assertThat(joined.status()).as(joined.body()).isEqualTo(302);
		return UUID.fromString(SignedJWT.parse(invited.cookie("DISTRIBU_SESSION")).getJWTClaimsSet().getSubject());
	}

}
