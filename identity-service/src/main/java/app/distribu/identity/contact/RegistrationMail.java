package app.distribu.identity.contact;

import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import app.distribu.identity.web.IdentityProperties;

/**
 * Tells the company's OWNERs and ADMINs that a business registered at their storefront
 * ({@code customer.registered}); identity knows the people, customer-service the
 * customers.
 */
@Component
class RegistrationMail {

	private final Reviewers reviewers;

	private final JavaMailSender mail;

	private final IdentityProperties properties;

	RegistrationMail(Reviewers reviewers, JavaMailSender mail, IdentityProperties properties) {
		this.reviewers = reviewers;
		this.mail = mail;
		this.properties = properties;
	}

	void send(UUID companyId, JsonNode registration) {
		String company = this.reviewers.companyName(companyId);
		if (company == null) {
			return;
		}
		for (String reviewer : this.reviewers.emails(companyId)) {
			send(reviewer, company, registration);
		}
	}

	private void send(String to, String company, JsonNode data) {
		UUID customerId = UUID.fromString(data.path("customerId").asString());
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom("Distribu <no-reply@distribu.app>");
		message.setTo(to);
		message.setSubject("New customer registration at " + company + ": " + data.path("name").asString());
		message.setText("""
				Hello,

				%s registered at your storefront and is waiting for your approval.

				Contact: %s <%s>

				Review it: %s

				Approving sends the contact a sign-in link; rejecting tells them by email.
				""".formatted(data.path("name").asString(), data.path("contactName").asString(),
				data.path("contactEmail").asString(),
				this.properties.publicBaseUrl() + "/dashboard/customers/" + customerId));
		this.mail.send(message);
	}

}
