package app.distribu.billing.support;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.distribu.billing.invoice.Invoice;
import app.distribu.billing.invoice.InvoiceRepository;
import app.distribu.billing.plan.BillingInterval;
import app.distribu.billing.plan.Money;
import app.distribu.billing.subscription.Subscription;
import app.distribu.billing.subscription.SubscriptionRepository;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.web.NotFound;

/**
 * What the support console (identity-service) reads and does here, with the support
 * agent's token. Never routed by the gateway; every endpoint requires a SUPPORT token.
 */
@RestController
@RequestMapping("/internal/support")
class SupportApi {

	private final InvoiceRepository invoices;

	private final SubscriptionRepository subscriptions;

	private final SupportActionRepository actions;

	private final SupportBilling billing;

	SupportApi(InvoiceRepository invoices, SubscriptionRepository subscriptions, SupportActionRepository actions,
			SupportBilling billing) {
		this.invoices = invoices;
		this.subscriptions = subscriptions;
		this.actions = actions;
		this.billing = billing;
	}

	/** By invoice ID as customers quote it ({@code INV-2026-000042}) or by its uuid. */
	@GetMapping("/invoices/{reference}")
	Map<String, Object> invoice(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable String reference) {
		me.requireSupport();
		Invoice invoice = find(reference).orElseThrow(() -> new NotFound("Invoice"));
		return Map.of("invoice", json(invoice), "refunds", this.actions.refunds(invoice.id()));
	}

	@GetMapping("/companies/{companyId}")
	Map<String, Object> company(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID companyId) {
		me.requireSupport();
		Optional<Subscription> subscription = this.subscriptions.find(companyId);
		return Map.of("subscription", subscription.map(SupportApi::json).orElse(Map.of()), "invoices",
				this.invoices.list(companyId, 50).stream().map(SupportApi::json).toList());
	}

	@PostMapping("/invoices/{id}/settlements")
	SupportResult settle(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@RequestBody ActionRequest request) {
		return this.billing.settle(me, request.actionId(), id, request.reason());
	}

	@PostMapping("/invoices/{id}/refunds")
	SupportResult refund(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@RequestBody ActionRequest request) {
		return this.billing.refund(me, request.actionId(), id, request.amount(), request.reason());
	}

	@PostMapping("/companies/{companyId}/enterprise")
	SupportResult enterprise(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID companyId,
			@RequestBody ActionRequest request) {
		return this.billing.moveToEnterprise(me, request.actionId(), companyId,
				(request.interval() != null) ? request.interval() : BillingInterval.MONTHLY, request.price(),
				request.reason());
	}

	private Optional<Invoice> find(String reference) {
		try {
			return this.invoices.findAnyCompany(UUID.fromString(reference));
		}
		catch (IllegalArgumentException notAUuid) {
			return this.invoices.findByNumber(reference);
		}
	}

	private static Map<String, Object> json(Invoice invoice) {
		return Map.ofEntries(Map.entry("id", invoice.id()), Map.entry("companyId", invoice.companyId()),
				Map.entry("number", invoice.number()), Map.entry("status", invoice.status().code()),
				Map.entry("reason", invoice.reason().name()), Map.entry("plan", invoice.plan().name()),
				Map.entry("interval", invoice.interval().name()), Map.entry("currency", invoice.currency()),
				Map.entry("total", Money.decimal(invoice.totalCents())),
				Map.entry("refunded", Money.decimal(invoice.refundedCents())),
				Map.entry("refundable", Money.decimal(invoice.refundableCents())),
				Map.entry("issuedAt", invoice.issuedAt().toString()),
				Map.entry("paidAt", (invoice.paidAt() != null) ? invoice.paidAt().toString() : ""),
				Map.entry("provider", invoice.provider()),
				Map.entry("lines",
						invoice.lines()
							.stream()
							.map((line) -> Map.of("description", line.description(), "amount",
									Money.decimal(line.amountCents())))
							.toList()));
	}

	private static Map<String, Object> json(Subscription s) {
		return Map.of("plan", s.plan().name(), "status", s.status().name(), "interval", s.interval().name(),
				"limitsPlan", s.limitsPlan().name(), "periodEnd",
				(s.periodEnd() != null) ? s.periodEnd().toString() : "");
	}

	/**
	 * @param actionId the console's id for this action (also its audit row's id)
	 * @param amount a refund's amount as a decimal string; blank refunds what is left
	 * @param price Enterprise's agreed price per interval
	 */
	record ActionRequest(UUID actionId, String reason, String amount, BillingInterval interval, String price) {

	}

}
