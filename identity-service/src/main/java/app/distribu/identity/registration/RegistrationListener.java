package app.distribu.identity.registration;

import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import app.distribu.identity.web.IdentityProperties;
import app.distribu.platform.events.IdempotentConsumer;

/**
 * Mails the owners and admins about a storefront registration. Sending happens inside the
 * consumer's transaction: a mail failure rolls back the processed-event row and the event
 * is retried.
 */
@Component
class RegistrationListener {

	static final String TYPE = "customer.registered";

	private final IdempotentConsumer consumer;

	private final Reviewers reviewers;

	private final JavaMailSender mail;

	private final IdentityProperties properties;

	RegistrationListener(IdempotentConsumer consumer, Reviewers reviewers, JavaMailSender mail,
			IdentityProperties properties) {
		this.consumer = consumer;
		this.reviewers = reviewers;
		this.mail = mail;
		this.properties = properties;
	}

	@KafkaListener(topics = "customer.events")
	void on(String payload) {
		this.consumer.handle("identity-registrations", payload, (event) -> {
			if (!TYPE.equals(event.type())) {
				return;
			}
			String company = this.reviewers.companyName(event.companyId());
			if (company == null) {
				return;
			}
			for (String reviewer : this.reviewers.emails(event.companyId())) {
				send(reviewer, company, event.data());
			}
		});
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
