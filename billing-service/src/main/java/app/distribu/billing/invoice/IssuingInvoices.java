package app.distribu.billing.invoice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.billing.BillingProperties;
import app.distribu.billing.plan.BillingInterval;
import app.distribu.billing.plan.Plan;

/**
 * Writes a new invoice as a draft, numbered, due after the grace period; the provider
 * opens it once the transaction committed.
 */
@Component
public class IssuingInvoices {

	private final InvoiceRepository invoices;

	private final BillingProperties properties;

	private final Clock clock;

	IssuingInvoices(InvoiceRepository invoices, BillingProperties properties, Clock clock) {
		this.invoices = invoices;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Invoice issue(UUID companyId, Invoice.Reason reason, Plan plan, BillingInterval interval, String currency,
			LocalDate periodStart, LocalDate periodEnd, List<InvoiceLine> lines) {
		long total = lines.stream().mapToLong(InvoiceLine::amountCents).sum();
		if (total < 0) {
			throw new IllegalStateException("An invoice cannot total less than zero: " + lines);
		}
		Instant now = Instant.now(this.clock);
		Invoice invoice = new Invoice(UUID.randomUUID(), companyId,
				this.invoices.nextNumber(now.atOffset(ZoneOffset.UTC).getYear()), Invoice.Status.DRAFT, reason, plan,
				interval, currency, total, 0, periodStart, periodEnd, now, now.plus(this.properties.gracePeriod()),
				null, null, this.properties.provider(), null, null, null, null, 0, List.copyOf(lines));
		this.invoices.insert(invoice);
		return invoice;
	}

}
