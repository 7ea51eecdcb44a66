package app.distribu.billing.subscription;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import app.distribu.billing.account.BillingAccount;
import app.distribu.billing.account.BillingAccounts;
import app.distribu.billing.invoice.Invoice;
import app.distribu.billing.invoice.InvoiceRepository;
import app.distribu.billing.provider.PaymentProvider;

/**
 * Hands drafts to the payment provider after their transaction committed, outside any
 * transaction (a provider call may be slow). A draft the provider did not take (down,
 * timeout) is retried every minute; the provider is keyed by our invoice id, so a retry
 * never creates a second invoice or charge there.
 */
@Component
public class CollectingInvoices {

	private static final Logger log = LoggerFactory.getLogger(CollectingInvoices.class);

	private final InvoiceRepository invoices;

	private final BillingAccounts accounts;

	private final PaymentProvider provider;

	private final Settling settling;

	private final TransactionTemplate transaction;

	private final Clock clock;

	CollectingInvoices(InvoiceRepository invoices, BillingAccounts accounts, PaymentProvider provider,
			Settling settling, TransactionTemplate transaction, Clock clock) {
		this.invoices = invoices;
		this.accounts = accounts;
		this.provider = provider;
		this.settling = settling;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Returns the invoice as it stands afterwards (still a draft if the provider failed).
	 */
	public Invoice collect(UUID invoiceId) {
		Invoice invoice = this.invoices.findAnyCompany(invoiceId).orElseThrow();
		if (invoice.status() != Invoice.Status.DRAFT) {
			return invoice;
		}
		BillingAccount account = this.accounts.find(invoice.companyId());
		PaymentProvider.Collection result;
		try {
			result = this.provider.collect(invoice, account);
		}
		catch (RuntimeException ex) {
			log.warn("Payment provider did not take invoice {}; will retry: {}", invoice.number(), ex.getMessage());
			return invoice;
		}
		this.transaction.executeWithoutResult((status) -> record(invoiceId, result));
		return this.invoices.findAnyCompany(invoiceId).orElseThrow();
	}

	private void record(UUID invoiceId, PaymentProvider.Collection result) {
		Invoice invoice = this.invoices.lock(invoiceId).orElseThrow();
		if (invoice.status() != Invoice.Status.DRAFT) {
			return;
		}
		if (result.providerCustomerId() != null) {
			this.accounts.linkProviderCustomer(invoice.companyId(), result.providerCustomerId());
		}
		this.invoices.update(invoice, invoice.opened(result.providerInvoiceId(), null, null, result.paymentUrl()));
		switch (result.outcome()) {
			case PAID -> this.settling.paid(invoiceId);
			case FAILED -> this.settling.failed(invoiceId, result.message(), result.paymentUrl());
			case REQUIRES_ACTION -> this.settling.heldForAuthentication(invoiceId, result.paymentUrl());
			case AWAITING_PAYMENT -> {
			}
		}
	}

	@Scheduled(fixedDelayString = "${distribu.billing.check-interval:1m}",
			initialDelayString = "${distribu.billing.check-interval:1m}")
	void retryDrafts() {
		for (UUID draft : this.invoices.draftsIssuedBefore(Instant.now(this.clock).minus(Duration.ofMinutes(1)), 50)) {
			collect(draft);
		}
	}

}
