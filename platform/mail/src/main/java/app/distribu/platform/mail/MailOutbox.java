package app.distribu.platform.mail;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.platform.secrets.SecretBox;

/**
 * Queues a mail in the caller's transaction: it is sent if and only if the change it
 * tells about was committed, and an SMTP outage only delays it ({@link MailRelay}). The
 * bodies are rendered now, so the mail says what was true when it was queued, and sealed,
 * because they may hold sign-in or reset links.
 */
public class MailOutbox {

	private final JdbcClient jdbc;

	private final MailTemplates templates;

	private final SecretBox secrets;

	public MailOutbox(JdbcClient jdbc, MailTemplates templates, SecretBox secrets) {
		this.jdbc = jdbc;
		this.templates = templates;
		this.secrets = secrets;
	}

	/** Joins the caller's transaction, or runs in its own when there is none. */
	@Transactional
	public UUID queue(Mail mail) {
		RenderedMail rendered = this.templates.render(mail);
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into mail_outbox (id, company_id, recipient, sender_name, subject, text_body, html_body)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, mail.companyId(), mail.to().strip(), mail.brand().name(), rendered.subject(),
					this.secrets.seal(rendered.text()), this.secrets.seal(rendered.html()))
			.update();
		return id;
	}

}
