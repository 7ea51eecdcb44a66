package app.distribu.identity;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.distribu.platform.mail.Brand;
import app.distribu.platform.mail.MailPreviews;
import app.distribu.platform.mail.RenderedMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every mail identity sends, rendered with sample data into
 * {@code target/mail-previews/identity-*.html|txt} to look at, and checked: the brand,
 * the call to action as a link in both bodies, the footer, nothing left unrendered.
 */
class MailPreviewsTest {

	static final String BASE = "https://app.distribu.example";

	static final Brand DISTRIBU = Brand.distribu(BASE);

	static final String REASON = "You get this email as a member of Acme Wholesale who gets \"Low stock\" alerts.";

	final MailPreviews previews = new MailPreviews(Path.of("target", "mail-previews"));

	@Test
	void teamInvite() {
		RenderedMail mail = render("identity-team-invite", "team-invite", "Olga Owner invited you to Acme on Distribu",
				Map.of("inviter", "Olga Owner", "company", "Acme Wholesale", "role", "ADMIN", "link",
						BASE + "/invites/tok3n", "reason",
						"You get this email because Olga Owner entered your address."));
		assertThat(mail.html()).contains(
				"<strong>Olga Owner</strong> invited you to join <strong>Acme Wholesale</strong>", "Accept the invite");
		assertThat(mail.text()).contains("Accept the invite: " + BASE + "/invites/tok3n", "expires in 7 days");
	}

	@Test
	void passwordReset() {
		RenderedMail mail = render("identity-password-reset", "password-reset", "Reset your Distribu password",
				Map.of("name", "Rita", "link", BASE + "/reset-password/tok3n", "reason", "Someone asked."));
		assertThat(mail.html()).contains("Hello <span>Rita</span>", "Choose a new password");
		assertThat(mail.text()).contains(BASE + "/reset-password/tok3n", "within the next hour");
	}

	@Test
	void singleSignOnLink() {
		RenderedMail mail = render("identity-sso-link", "sso-link", "Connect your Distribu account to single sign-on?",
				Map.of("name", "Pia", "company", "Kappa Kitchens", "email", "pia@mailbox.example", "link",
						BASE + "/login/sso/link/tok3n", "reason", "Someone signing in asked."));
		assertThat(mail.html()).contains("<strong>Kappa Kitchens</strong>", "Connect single sign-on");
		assertThat(mail.text()).contains("pia@mailbox.example", "within 30 minutes", "ignore\nthis email");
	}

	@Test
	void emailChange() {
		RenderedMail confirm = render("identity-email-change-confirm", "email-change-confirm",
				"Confirm your new Distribu email address", Map.of("name", "Gil", "newEmail", "gil@new.example", "link",
						BASE + "/dashboard/settings/profile/email/confirm/tok3n", "reason", "Entered for an account."));
		assertThat(confirm.text()).contains("gil@new.example", "/email/confirm/tok3n", "24");
		RenderedMail notice = render("identity-email-change-notice", "email-change-notice",
				"Your Distribu email address is being changed",
				Map.of("name", "Gil", "newEmail", "gil@new.example", "reason", "Your account's address."));
		assertThat(notice.html()).contains("gil@new.example", "mailto:support@distribu.app");
		assertThat(notice.text()).doesNotContain("tok3n");
	}

	@Test
	void lowStockAlert() {
		RenderedMail mail = render("identity-low-stock", "low-stock", "Low stock: LAMP-1 Desk lamp",
				Map.of("name", "Olga", "company", "Acme Wholesale", "product",
						Map.of("sku", "LAMP-1", "name", "Desk lamp", "stock", 3, "threshold", 5), "link",
						BASE + "/dashboard/products/p-1", "reason", REASON));
		assertThat(mail.text()).contains("LAMP-1 Desk lamp (Acme Wholesale) to 3 in stock", "threshold is 5",
				BASE + "/dashboard/products/p-1", REASON);
	}

	@Test
	void registrationAlert() {
		RenderedMail mail = render("identity-registration", "registration",
				"New customer registration at Acme Wholesale: Corner Deli",
				Map.of("name", "Olga", "business", "Corner Deli", "contactName", "Cora Buyer", "contactEmail",
						"cora@corner.example", "link", BASE + "/dashboard/customers/c-1", "reason", REASON));
		assertThat(mail.html()).contains("<strong>Corner Deli</strong> registered", "mailto:cora@corner.example");
		assertThat(mail.text()).contains("Cora Buyer <cora@corner.example>", BASE + "/dashboard/customers/c-1");
	}

	@Test
	void newOrderAlert() {
		Map<String, Object> order = new HashMap<>(Map.of("number", 1042, "customerName", "Corner Deli", "total",
				"164.50", "currency", "EUR", "shipTo", "1 Harbour Street, 3011 AA Rotterdam, NL", "lines",
				List.of(Map.of("sku", "OIL-5", "name", "Olive oil 5 L", "quantity", 3, "lineTotal", "72.00"),
						Map.of("sku", "SALT-1", "name", "Sea salt 1 kg", "quantity", 37, "lineTotal", "92.50"))));
		RenderedMail mail = render("identity-new-order", "new-order", "New order #1042 from Corner Deli: 164.50 EUR",
				Map.of("name", "Olga", "company", "Acme Wholesale", "order", order, "channel", "order", "link",
						BASE + "/dashboard/orders/o-1", "reason", REASON));
		assertThat(mail.html()).contains("<strong>Corner Deli</strong> placed", "#1042", "Olive oil 5 L", "164.50 EUR",
				"1 Harbour Street", "Open the order");
		assertThat(mail.text()).contains("Open the order: " + BASE + "/dashboard/orders/o-1",
				"3 x Olive oil 5 L (OIL-5)  72.00", "Total: 164.50 EUR", "Deliver to: 1 Harbour Street");

		order.put("shipTo", null);
		RenderedMail noAddress = render("identity-new-order-no-address", "new-order", "New order", Map.of("name",
				"Olga", "company", "Acme", "order", order, "channel", "API order", "link", BASE, "reason", REASON));
		assertThat(noAddress.text()).doesNotContain("Deliver to").contains("placed API order #1042");
	}

	private RenderedMail render(String name, String template, String subject, Map<String, Object> model) {
		RenderedMail mail = this.previews.write(name, template, subject, DISTRIBU, model);
		assertThat(mail.html()).contains("<title>" + subject.replace("\"", "&quot;") + "</title>", ">Distribu</span>",
				"Distribu · wholesale ordering");
		for (String body : List.of(mail.html(), mail.text())) {
			assertThat(body).doesNotContain("${", "[(", " th:", "null");
		}
		assertThat(mail.text()).contains("--\n");
		if (model.get("link") != null) {
			assertThat(mail.html()).contains("href=\"" + model.get("link") + "\"");
			assertThat(mail.text()).contains((String) model.get("link"));
		}
		return mail;
	}

}
