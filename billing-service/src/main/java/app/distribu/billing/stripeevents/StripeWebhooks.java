package app.distribu.billing.stripeevents;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import app.distribu.billing.invoice.Invoice;
import app.distribu.billing.invoice.InvoiceRepository;
import app.distribu.billing.provider.PaymentProvider;
import app.distribu.billing.provider.Stripe;
import app.distribu.billing.provider.StripeProperties;
import app.distribu.billing.subscription.Settling;

/**
 * Stripe's signed webhooks for invoice status: the signature ({@code Stripe-Signature},
 * HMAC-SHA256 over {@code timestamp.body} with the endpoint secret, 5 minutes tolerance)
 * is checked with Stripe's library before anything is read; each event id is applied
 * once. Only the raw JSON is read, so a newer API version on the account changes nothing
 * here. Answers 2xx once applied (or ignored), so Stripe stops retrying.
 */
@RestController
class StripeWebhooks {

	static final String PATH = "/webhooks/stripe";

	private static final Logger log = LoggerFactory.getLogger(StripeWebhooks.class);

	private static final long TOLERANCE_SECONDS = 300;

	private final StripeProperties properties;

	private final PaymentProvider provider;

	private final InvoiceRepository invoices;

	private final Settling settling;

	private final ProviderEvents seen;

	private final JsonMapper json;

	private final TransactionTemplate transaction;

	private final Clock clock;

	StripeWebhooks(StripeProperties properties, PaymentProvider provider, InvoiceRepository invoices, Settling settling,
			ProviderEvents seen, JsonMapper json, TransactionTemplate transaction, Clock clock) {
		this.properties = properties;
		this.provider = provider;
		this.invoices = invoices;
		this.settling = settling;
		this.seen = seen;
		this.json = json;
		this.transaction = transaction;
		this.clock = clock;
	}

	@PostMapping(PATH)
	ResponseEntity<String> receive(@RequestBody String payload,
			@RequestHeader(name = "Stripe-Signature", required = false) String signature) {
		if (!Stripe.NAME.equals(this.provider.name()) || this.properties.webhookSecret() == null
				|| this.properties.webhookSecret().isBlank()) {
			return ResponseEntity.notFound().build();
		}
		try {
			Webhook.Signature.verifyHeader(payload, signature, this.properties.webhookSecret(), TOLERANCE_SECONDS,
					this.clock);
		}
		catch (SignatureVerificationException | RuntimeException ex) {
			log.warn("Refused a Stripe webhook with a bad signature: {}", ex.getMessage());
			return ResponseEntity.status(HttpStatus.BAD_REQUEST).body("Bad signature");
		}
		JsonNode event = this.json.readTree(payload);
		this.transaction.executeWithoutResult((status) -> {
			if (this.seen.firstTime(event.path("id").asString())) {
				apply(event.path("type").asString(), event.path("data").path("object"));
			}
		});
		return ResponseEntity.ok("ok");
	}

	private void apply(String type, JsonNode object) {
		if (!"invoice".equals(object.path("object").asString())) {
			return;
		}
		Optional<Invoice> ours = ours(object);
		if (ours.isEmpty()) {
			log.info("Stripe event {} for invoice {} that is not ours; ignored", type, object.path("id").asString());
			return;
		}
		UUID id = ours.get().id();
		String hosted = object.path("hosted_invoice_url").isString() ? object.path("hosted_invoice_url").asString()
				: null;
		switch (type) {
			case "invoice.paid", "invoice.payment_succeeded" -> this.settling.paid(id);
			case "invoice.payment_failed" -> this.settling.failed(id, "declined by the bank", hosted);
			case "invoice.payment_action_required" -> this.settling.heldForAuthentication(id, hosted);
			case "invoice.voided" -> this.settling.closed(id, Invoice.Status.VOID);
			case "invoice.marked_uncollectible" -> this.settling.closed(id, Invoice.Status.UNCOLLECTIBLE);
			default -> {
			}
		}
	}

	private Optional<Invoice> ours(JsonNode object) {
		JsonNode metadata = object.path("metadata").path(Stripe.INVOICE_METADATA);
		if (metadata.isString()) {
			try {
				Optional<Invoice> byMetadata = this.invoices.findAnyCompany(UUID.fromString(metadata.asString()));
				if (byMetadata.isPresent()) {
					return byMetadata;
				}
			}
			catch (IllegalArgumentException notOurs) {
				return Optional.empty();
			}
		}
		return this.invoices.findByProviderId(Stripe.NAME, object.path("id").asString());
	}

}
