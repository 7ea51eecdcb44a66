package app.distribu.identity.profile;

import java.util.Map;

import org.springframework.stereotype.Component;

import app.distribu.identity.web.IdentityProperties;
import app.distribu.platform.mail.Brand;
import app.distribu.platform.mail.Mail;
import app.distribu.platform.mail.MailOutbox;

/** The confirmation link to the new address and the notice to the old one. */
@Component
class EmailChangeMail {

	static final String CONFIRM_SUBJECT = "Confirm your new Distribu email address";

	static final String NOTICE_SUBJECT = "Your Distribu email address is being changed";

	private final MailOutbox outbox;

	private final String publicBaseUrl;

	EmailChangeMail(MailOutbox outbox, IdentityProperties properties) {
		this.outbox = outbox;
		this.publicBaseUrl = properties.publicBaseUrl();
	}

	void sendConfirmation(Profile profile, String newEmail, String token) {
		this.outbox
			.queue(new Mail(newEmail, CONFIRM_SUBJECT, "email-change-confirm", Brand.distribu(this.publicBaseUrl),
					Map.of("name", profile.name(), "newEmail", newEmail, "link",
							this.publicBaseUrl + "/dashboard/settings/profile/email/confirm/" + token, "reason",
							"You get this email because this address was entered for a Distribu account."),
					null));
	}

	void sendNotice(Profile profile, String newEmail) {
		this.outbox.queue(new Mail(profile.email(), NOTICE_SUBJECT, "email-change-notice",
				Brand.distribu(this.publicBaseUrl), Map.of("name", profile.name(), "newEmail", newEmail, "reason",
						"You get this email because it is the address of your Distribu account."),
				null));
	}

}
