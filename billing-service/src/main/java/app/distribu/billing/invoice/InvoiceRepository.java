package app.distribu.billing.invoice;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

import app.distribu.billing.db.tables.records.InvoiceRecord;
import app.distribu.billing.plan.BillingInterval;
import app.distribu.billing.plan.Plan;

import static app.distribu.billing.db.Tables.INVOICE;
import static app.distribu.billing.db.Tables.INVOICE_COUNTER;
import static app.distribu.billing.db.Tables.INVOICE_LINE;
import static app.distribu.billing.db.Tables.SUBSCRIPTION;

@Repository
public class InvoiceRepository {

	private final DSLContext db;

	InvoiceRepository(DSLContext db) {
		this.db = db;
	}

	/**
	 * The next number of the year, gapless: the counter row stays locked until the
	 * issuing transaction ends, and a rollback gives the number back.
	 */
	public String nextNumber(int year) {
		Integer next = this.db.insertInto(INVOICE_COUNTER)
			.set(INVOICE_COUNTER.YEAR, year)
			.set(INVOICE_COUNTER.LAST, 1)
			.onConflict(INVOICE_COUNTER.YEAR)
			.doUpdate()
			.set(INVOICE_COUNTER.LAST, INVOICE_COUNTER.LAST.plus(1))
			.returning(INVOICE_COUNTER.LAST)
			.fetchOne(INVOICE_COUNTER.LAST);
		return "INV-%d-%06d".formatted(year, next);
	}

	public void insert(Invoice invoice) {
		this.db.insertInto(INVOICE)
			.set(INVOICE.ID, invoice.id())
			.set(INVOICE.COMPANY_ID, invoice.companyId())
			.set(INVOICE.NUMBER, invoice.number())
			.set(INVOICE.STATUS, invoice.status().code())
			.set(INVOICE.REASON, invoice.reason().name())
			.set(INVOICE.PLAN, invoice.plan().name())
			.set(INVOICE.BILLING_INTERVAL, invoice.interval().name())
			.set(INVOICE.CURRENCY, invoice.currency())
			.set(INVOICE.TOTAL_CENTS, invoice.totalCents())
			.set(INVOICE.PERIOD_START, invoice.periodStart())
			.set(INVOICE.PERIOD_END, invoice.periodEnd())
			.set(INVOICE.ISSUED_AT, utc(invoice.issuedAt()))
			.set(INVOICE.DUE_AT, utc(invoice.dueAt()))
			.set(INVOICE.PROVIDER, invoice.provider())
			.execute();
		int position = 0;
		for (InvoiceLine line : invoice.lines()) {
			this.db.insertInto(INVOICE_LINE)
				.set(INVOICE_LINE.INVOICE_ID, invoice.id())
				.set(INVOICE_LINE.POSITION, ++position)
				.set(INVOICE_LINE.DESCRIPTION, line.description())
				.set(INVOICE_LINE.AMOUNT_CENTS, line.amountCents())
				.execute();
		}
	}

	/**
	 * Writes the invoice's new state if nobody changed it since {@code before} was read.
	 */
	public boolean update(Invoice before, Invoice after) {
		return this.db.update(INVOICE)
			.set(INVOICE.STATUS, after.status().code())
			.set(INVOICE.REFUNDED_CENTS, after.refundedCents())
			.set(INVOICE.PAID_AT, utc(after.paidAt()))
			.set(INVOICE.CLOSED_AT, utc(after.closedAt()))
			.set(INVOICE.PROVIDER_INVOICE_ID, after.providerInvoiceId())
			.set(INVOICE.PAYMENT_STATE, after.paymentState())
			.set(INVOICE.PAYMENT_MESSAGE, after.paymentMessage())
			.set(INVOICE.PAYMENT_URL, after.paymentUrl())
			.set(INVOICE.VERSION, before.version() + 1)
			.where(INVOICE.ID.eq(before.id()).and(INVOICE.VERSION.eq(before.version())))
			.execute() == 1;
	}

	/** Only the company's own: another company's invoice is absent. */
	public Optional<Invoice> find(UUID companyId, UUID id) {
		return one(INVOICE.ID.eq(id).and(INVOICE.COMPANY_ID.eq(companyId)));
	}

	/** Locks the invoice until the transaction ends: settling and refunds take turns. */
	public Optional<Invoice> lock(UUID id) {
		return this.db.selectFrom(INVOICE).where(INVOICE.ID.eq(id)).forUpdate().fetchOptional().map(this::withLines);
	}

	/** For support and the provider's webhooks, which are not scoped to one company. */
	public Optional<Invoice> findAnyCompany(UUID id) {
		return one(INVOICE.ID.eq(id));
	}

	public Optional<Invoice> findByNumber(String number) {
		return one(INVOICE.NUMBER.equalIgnoreCase(number.trim()));
	}

	public Optional<Invoice> findByProviderId(String provider, String providerInvoiceId) {
		return one(INVOICE.PROVIDER.eq(provider).and(INVOICE.PROVIDER_INVOICE_ID.eq(providerInvoiceId)));
	}

	/** Newest first. */
	public List<Invoice> list(UUID companyId, int limit) {
		return many(INVOICE.COMPANY_ID.eq(companyId), limit);
	}

	/** Draft or open invoices of the company. */
	public List<Invoice> unpaid(UUID companyId) {
		return many(INVOICE.COMPANY_ID.eq(companyId).and(INVOICE.STATUS.in("draft", "open")), 100);
	}

	/**
	 * Unpaid invoices past their due date of subscriptions still active, oldest first.
	 */
	public List<Invoice> overdue(Instant now, int limit) {
		return this.db.selectFrom(INVOICE)
			.where(INVOICE.STATUS.in("draft", "open")
				.and(INVOICE.DUE_AT.le(utc(now)))
				.and(INVOICE.COMPANY_ID.in(DSL.select(SUBSCRIPTION.COMPANY_ID)
					.from(SUBSCRIPTION)
					.where(SUBSCRIPTION.STATUS.eq("ACTIVE")))))
			.orderBy(INVOICE.DUE_AT)
			.limit(limit)
			.fetch((r) -> withLines(r));
	}

	/** Drafts the provider has not taken yet, issued before {@code before}. */
	public List<UUID> draftsIssuedBefore(Instant before, int limit) {
		return this.db.select(INVOICE.ID)
			.from(INVOICE)
			.where(INVOICE.STATUS.eq("draft").and(INVOICE.ISSUED_AT.le(utc(before))))
			.orderBy(INVOICE.ISSUED_AT)
			.limit(limit)
			.fetch(INVOICE.ID);
	}

	private Optional<Invoice> one(Condition condition) {
		return this.db.selectFrom(INVOICE).where(condition).fetchOptional().map(this::withLines);
	}

	private List<Invoice> many(Condition condition, int limit) {
		List<InvoiceRecord> rows = this.db.selectFrom(INVOICE)
			.where(condition)
			.orderBy(INVOICE.ISSUED_AT.desc(), INVOICE.NUMBER.desc())
			.limit(limit)
			.fetch();
		Map<UUID, List<InvoiceLine>> lines = this.db.selectFrom(INVOICE_LINE)
			.where(INVOICE_LINE.INVOICE_ID.in(rows.stream().map(InvoiceRecord::getId).toList()))
			.orderBy(INVOICE_LINE.POSITION)
			.fetch()
			.stream()
			.collect(Collectors.groupingBy((Record r) -> r.get(INVOICE_LINE.INVOICE_ID), Collectors.mapping(
					(Record r) -> new InvoiceLine(r.get(INVOICE_LINE.DESCRIPTION), r.get(INVOICE_LINE.AMOUNT_CENTS)),
					Collectors.toList())));
		return rows.stream().map((r) -> toInvoice(r, lines.getOrDefault(r.getId(), List.of()))).toList();
	}

	private Invoice withLines(InvoiceRecord r) {
		List<InvoiceLine> lines = this.db.selectFrom(INVOICE_LINE)
			.where(INVOICE_LINE.INVOICE_ID.eq(r.getId()))
			.orderBy(INVOICE_LINE.POSITION)
			.fetch((l) -> new InvoiceLine(l.getDescription(), l.getAmountCents()));
		return toInvoice(r, lines);
	}

	private static Invoice toInvoice(InvoiceRecord r, List<InvoiceLine> lines) {
		return new Invoice(r.getId(), r.getCompanyId(), r.getNumber(), Invoice.Status.of(r.getStatus()),
				Invoice.Reason.valueOf(r.getReason()), Plan.valueOf(r.getPlan()),
				BillingInterval.valueOf(r.getBillingInterval()), r.getCurrency(), r.getTotalCents(),
				r.getRefundedCents(), r.getPeriodStart(), r.getPeriodEnd(), r.getIssuedAt().toInstant(),
				r.getDueAt().toInstant(), instant(r.getPaidAt()), instant(r.getClosedAt()), r.getProvider(),
				r.getProviderInvoiceId(), r.getPaymentState(), r.getPaymentMessage(), r.getPaymentUrl(), r.getVersion(),
				lines);
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static Instant instant(OffsetDateTime at) {
		return (at != null) ? at.toInstant() : null;
	}

}
