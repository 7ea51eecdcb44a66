package app.distribu.customer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.distribu.platform.mail.Brand;
import app.distribu.platform.mail.MailPreviews;
import app.distribu.platform.mail.RenderedMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every mail a store's contacts get from customer-service, rendered with sample data into
 * {@code target/mail-previews/customer-*.html|txt} and checked: the store's name and logo
 * (identity's {@code /store/{slug}/logo}), the link in both bodies, the footer, nothing
 * left unrendered.
 */
class MailPreviewsTest {

	static final String STORE_URL = "https://app.distribu.example/store/corner-goods";

	static final Brand STORE = Brand.store("https://app.distribu.example", "corner-goods", "Corner Goods");

	final MailPreviews previews = new MailPreviews(Path.of("target", "mail-previews"));

	@Test
	void invite() {
		RenderedMail mail = render("customer-contact-invite", "contact-invite", "Your account at Corner Goods is ready",
				STORE,
				Map.of("name", "Bruno", "link", STORE_URL + "/signin/tok3n", "reason", "Corner Goods opened it."));
		assertThat(mail.html()).contains("<strong>Corner Goods</strong> approved your account", "Sign in to the store");
		assertThat(mail.text()).contains("Corner Goods approved your account", STORE_URL + "/signin/tok3n",
				"expires in 7 days");
	}

	@Test
	void signIn() {
		RenderedMail mail = render("customer-contact-sign-in", "contact-sign-in", "Sign in to Corner Goods", STORE,
				Map.of("name", "Bruno", "link", STORE_URL + "/signin/tok3n", "minutes", 30L, "reason", "You asked."));
		assertThat(mail.text()).contains("expires in 30 minutes", STORE_URL + "/signin/tok3n");
	}

	@Test
	void awaitingApproval() {
		RenderedMail mail = render("customer-contact-awaiting-approval", "contact-awaiting-approval",
				"Your account at Corner Goods is waiting for approval", STORE,
				Map.of("name", "Wanda", "reason", "You asked."));
		assertThat(mail.text()).contains("has not been approved yet", "as soon as Corner Goods approves it");
	}

	@Test
	void rejected() {
		RenderedMail mail = render("customer-contact-rejected", "contact-rejected", "Your registration at Corner Goods",
				STORE, Map.of("name", "Rex", "storeUrl", STORE_URL, "reason", "You registered."));
		assertThat(mail.text()).contains("did not approve your registration", STORE_URL);
		assertThat(mail.html()).contains("href=\"" + STORE_URL + "\"");
	}

	private RenderedMail render(String name, String template, String subject, Brand brand, Map<String, Object> model) {
		RenderedMail mail = this.previews.write(name, template, subject, brand, model);
		assertThat(mail.html()).contains("<title>" + subject + "</title>", "href=\"" + STORE_URL + "\"",
				"<img src=\"" + STORE_URL + "/logo\" alt=\"Corner Goods\"",
				"Corner Goods · wholesale ordering by Distribu");
		assertThat(mail.text()).contains("Corner Goods · wholesale ordering by Distribu", (String) model.get("reason"));
		for (String body : List.of(mail.html(), mail.text())) {
			assertThat(body).doesNotContain("${", "[(", " th:", "null");
		}
		if (model.get("link") != null) {
			assertThat(mail.html()).contains("href=\"" + model.get("link") + "\"");
		}
		return mail;
	}

}
