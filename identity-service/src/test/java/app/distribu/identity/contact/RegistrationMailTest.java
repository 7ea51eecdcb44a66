package app.distribu.identity.contact;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import app.distribu.identity.Accounts;
import app.distribu.identity.Accounts.SignedUp;
import app.distribu.platform.test.Mailbox;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class RegistrationMailTest {

	@LocalServerPort
	int port;

	@Test
	void ownersHearOfAStorefrontRegistrationOnce() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Acme Reg", "acme-reg", "owner@acme-reg.test");
		UUID customerId = UUID.randomUUID();
		UUID eventId = UUID.randomUUID();
		Map<String, Object> data = Map.of("customerId", customerId, "name", "Corner Shop", "email", "buyer@corner.test",
				"contactName", "Cora Buyer", "contactEmail", "buyer@corner.test");

		TestEvents.publish("customer.events", acme.companyId(), "customer.registered", data, eventId, Instant.now());

		Mailbox.Mail mail = Mailbox.await("owner@acme-reg.test", "New customer registration");
		assertThat(mail.subject()).isEqualTo("New customer registration at Acme Reg: Corner Shop");
		assertThat(mail.text()).contains("Cora Buyer <buyer@corner.test>",
				"http://localhost:8080/dashboard/customers/" + customerId);

		TestEvents.publish("customer.events", acme.companyId(), "customer.registered", data, eventId, Instant.now());
		UUID later = TestEvents.publish("customer.events", acme.companyId(), "customer.created",
				Map.of("customerId", UUID.randomUUID(), "name", "Other", "email", "o@x.test", "status", "ACTIVE"));
		assertThat(later).isNotNull();
		Awaitility.await()
			.during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(5))
			.until(() -> Mailbox.countTo("owner@acme-reg.test") == 1);
	}

}
