package app.distribu.order.rfq;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

import org.springframework.stereotype.Repository;

import app.distribu.order.ordering.Buyer;
import app.distribu.platform.web.PageCursor;

import static app.distribu.order.db.Tables.QUOTE_REQUEST;
import static app.distribu.order.db.Tables.QUOTE_REQUEST_COUNTER;
import static app.distribu.order.db.Tables.QUOTE_REQUEST_HISTORY;
import static app.distribu.order.db.Tables.QUOTE_REQUEST_LINE;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;

/**
 * Quote requests, their lines and history. Every statement on a quote names its company;
 * lines and history are reached only through a quote found in the company.
 */
@Repository
class QuoteRequestRepository {

	private final DSLContext db;

	QuoteRequestRepository(DSLContext db) {
		this.db = db;
	}

	Optional<QuoteRequest> find(UUID companyId, UUID quoteId) {
		return this.db.selectFrom(QUOTE_REQUEST)
			.where(QUOTE_REQUEST.COMPANY_ID.eq(companyId).and(QUOTE_REQUEST.ID.eq(quoteId)))
			.fetchOptional()
			.map((r) -> of(r, lines(List.of(r.getId())).getOrDefault(r.getId(), List.of())));
	}

	/**
	 * Locks the quote's row until the transaction ends (edits, send, decline) and reads
	 * it.
	 */
	Optional<QuoteRequest> lock(UUID companyId, UUID quoteId) {
		return this.db.selectFrom(QUOTE_REQUEST)
			.where(QUOTE_REQUEST.COMPANY_ID.eq(companyId).and(QUOTE_REQUEST.ID.eq(quoteId)))
			.forUpdate()
			.fetchOptional()
			.map((r) -> of(r, lines(List.of(r.getId())).getOrDefault(r.getId(), List.of())));
	}

	/**
	 * Newest first by {@code (created_at, id)}, for pages and the API; {@code status} and
	 * {@code customerId} narrow it when given.
	 */
	List<QuoteRequest> page(UUID companyId, UUID customerId, QuoteRequestStatus status, PageCursor after, int limit) {
		Condition where = QUOTE_REQUEST.COMPANY_ID.eq(companyId);
		if (customerId != null) {
			where = where.and(QUOTE_REQUEST.CUSTOMER_ID.eq(customerId));
		}
		if (status != null) {
			where = where.and(QUOTE_REQUEST.STATUS.eq(status.name()));
		}
		if (after != null) {
			where = where.and(row(QUOTE_REQUEST.CREATED_AT, QUOTE_REQUEST.ID).lt(after.createdAt(), after.id()));
		}
		var rows = this.db.selectFrom(QUOTE_REQUEST)
			.where(where)
			.orderBy(QUOTE_REQUEST.CREATED_AT.desc(), QUOTE_REQUEST.ID.desc())
			.limit(limit)
			.fetch();
		Map<UUID, List<QuoteRequestLine>> lines = lines(rows.map((r) -> r.getId()));
		return rows.map((r) -> of(r, lines.getOrDefault(r.getId(), List.of())));
	}

	private Map<UUID, List<QuoteRequestLine>> lines(List<UUID> quoteIds) {
		Map<UUID, List<QuoteRequestLine>> lines = new LinkedHashMap<>();
		this.db.selectFrom(QUOTE_REQUEST_LINE)
			.where(QUOTE_REQUEST_LINE.QUOTE_ID.in(quoteIds))
			.orderBy(QUOTE_REQUEST_LINE.LINE_NO)
			.forEach((r) -> lines.computeIfAbsent(r.getQuoteId(), (id) -> new ArrayList<>())
				.add(new QuoteRequestLine(r.getSku(), r.getName(), r.getQuantity(), r.getListPrice(),
						r.getUnitPrice())));
		return lines;
	}

	private static QuoteRequest of(Record r, List<QuoteRequestLine> lines) {
		UUID contact = r.get(QUOTE_REQUEST.BUYER_CONTACT);
		Buyer buyer = (contact != null) ? new Buyer(contact, r.get(QUOTE_REQUEST.BUYER_EMAIL),
				r.get(QUOTE_REQUEST.BUYER_NAME), r.get(QUOTE_REQUEST.STORE_SLUG), r.get(QUOTE_REQUEST.STORE_NAME))
				: null;
		return new QuoteRequest(r.get(QUOTE_REQUEST.ID), r.get(QUOTE_REQUEST.COMPANY_ID), r.get(QUOTE_REQUEST.NUMBER),
				r.get(QUOTE_REQUEST.CUSTOMER_ID), QuoteRequestStatus.valueOf(r.get(QUOTE_REQUEST.STATUS)),
				r.get(QUOTE_REQUEST.CURRENCY), r.get(QUOTE_REQUEST.BUYER_MESSAGE), r.get(QUOTE_REQUEST.STAFF_MESSAGE),
				r.get(QUOTE_REQUEST.EXPIRES_ON), buyer, r.get(QUOTE_REQUEST.ORDER_ID),
				r.get(QUOTE_REQUEST.ORDER_NUMBER), r.get(QUOTE_REQUEST.CREATED_AT), r.get(QUOTE_REQUEST.UPDATED_AT),
				List.copyOf(lines));
	}

	List<QuoteRequestChange> history(UUID companyId, UUID quoteId) {
		return this.db.selectFrom(QUOTE_REQUEST_HISTORY)
			.where(QUOTE_REQUEST_HISTORY.QUOTE_ID.in(select(QUOTE_REQUEST.ID).from(QUOTE_REQUEST)
				.where(QUOTE_REQUEST.COMPANY_ID.eq(companyId).and(QUOTE_REQUEST.ID.eq(quoteId)))))
			.orderBy(QUOTE_REQUEST_HISTORY.AT)
			.fetch((r) -> new QuoteRequestChange(r.getAt(),
					(r.getFromStatus() != null) ? QuoteRequestStatus.valueOf(r.getFromStatus()) : null,
					QuoteRequestStatus.valueOf(r.getToStatus()), r.getByKind(), r.getNote()));
	}

	long nextNumber(UUID companyId) {
		return this.db.insertInto(QUOTE_REQUEST_COUNTER)
			.set(QUOTE_REQUEST_COUNTER.COMPANY_ID, companyId)
			.set(QUOTE_REQUEST_COUNTER.LAST_NUMBER, 1L)
			.onConflict(QUOTE_REQUEST_COUNTER.COMPANY_ID)
			.doUpdate()
			.set(QUOTE_REQUEST_COUNTER.LAST_NUMBER, QUOTE_REQUEST_COUNTER.LAST_NUMBER.plus(1L))
			.returning(QUOTE_REQUEST_COUNTER.LAST_NUMBER)
			.fetchOne(QUOTE_REQUEST_COUNTER.LAST_NUMBER);
	}

	void insert(QuoteRequest quote, UUID createdBy) {
		Buyer buyer = quote.buyer();
		this.db.insertInto(QUOTE_REQUEST)
			.set(QUOTE_REQUEST.ID, quote.id())
			.set(QUOTE_REQUEST.COMPANY_ID, quote.companyId())
			.set(QUOTE_REQUEST.NUMBER, quote.number())
			.set(QUOTE_REQUEST.CUSTOMER_ID, quote.customerId())
			.set(QUOTE_REQUEST.STATUS, quote.status().name())
			.set(QUOTE_REQUEST.CURRENCY, quote.currency())
			.set(QUOTE_REQUEST.BUYER_MESSAGE, quote.buyerMessage())
			.set(QUOTE_REQUEST.STAFF_MESSAGE, quote.staffMessage())
			.set(QUOTE_REQUEST.EXPIRES_ON, quote.expiresOn())
			.set(QUOTE_REQUEST.BUYER_CONTACT, (buyer != null) ? buyer.contactId() : null)
			.set(QUOTE_REQUEST.BUYER_EMAIL, (buyer != null) ? buyer.email() : null)
			.set(QUOTE_REQUEST.BUYER_NAME, (buyer != null) ? buyer.name() : null)
			.set(QUOTE_REQUEST.STORE_SLUG, (buyer != null) ? buyer.storeSlug() : null)
			.set(QUOTE_REQUEST.STORE_NAME, (buyer != null) ? buyer.storeName() : null)
			.set(QUOTE_REQUEST.CREATED_BY, createdBy)
			.execute();
		writeLines(quote.id(), quote.lines());
	}

	/** The whole set of lines, in order. */
	void replaceLines(UUID quoteId, List<QuoteRequestLine> lines) {
		this.db.deleteFrom(QUOTE_REQUEST_LINE).where(QUOTE_REQUEST_LINE.QUOTE_ID.eq(quoteId)).execute();
		writeLines(quoteId, lines);
	}

	private void writeLines(UUID quoteId, List<QuoteRequestLine> lines) {
		int lineNo = 0;
		for (QuoteRequestLine line : lines) {
			this.db.insertInto(QUOTE_REQUEST_LINE)
				.set(QUOTE_REQUEST_LINE.QUOTE_ID, quoteId)
				.set(QUOTE_REQUEST_LINE.LINE_NO, ++lineNo)
				.set(QUOTE_REQUEST_LINE.SKU, line.sku())
				.set(QUOTE_REQUEST_LINE.NAME, line.name())
				.set(QUOTE_REQUEST_LINE.QUANTITY, line.quantity())
				.set(QUOTE_REQUEST_LINE.LIST_PRICE, line.listPrice())
				.set(QUOTE_REQUEST_LINE.UNIT_PRICE, line.unitPrice())
				.execute();
		}
	}

	/** Expiry day, staff message and currency of a quote staff are editing. */
	void details(UUID companyId, UUID quoteId, LocalDate expiresOn, String staffMessage, String currency) {
		this.db.update(QUOTE_REQUEST)
			.set(QUOTE_REQUEST.EXPIRES_ON, expiresOn)
			.set(QUOTE_REQUEST.STAFF_MESSAGE, staffMessage)
			.set(QUOTE_REQUEST.CURRENCY, currency)
			.set(QUOTE_REQUEST.UPDATED_AT, currentOffsetDateTime())
			.where(QUOTE_REQUEST.COMPANY_ID.eq(companyId).and(QUOTE_REQUEST.ID.eq(quoteId)))
			.execute();
	}

	/**
	 * Moves the quote from one of {@code from} to {@code to}; false when it was not in
	 * one of them any more (someone else moved it first).
	 */
	boolean move(UUID companyId, UUID quoteId, List<QuoteRequestStatus> from, QuoteRequestStatus to) {
		return this.db.update(QUOTE_REQUEST)
			.set(QUOTE_REQUEST.STATUS, to.name())
			.set(QUOTE_REQUEST.UPDATED_AT, currentOffsetDateTime())
			.where(QUOTE_REQUEST.COMPANY_ID.eq(companyId)
				.and(QUOTE_REQUEST.ID.eq(quoteId))
				.and(QUOTE_REQUEST.STATUS.in(from.stream().map(Enum::name).toList())))
			.execute() == 1;
	}

	/**
	 * SENT → ACCEPTED with its order, only while the quote is sent and valid on
	 * {@code today}: of two accepts, or an accept and the expiry sweep, exactly one moves
	 * it (the row lock makes the second re-read the status).
	 */
	boolean accept(UUID companyId, UUID quoteId, LocalDate today, UUID orderId, long orderNumber) {
		return this.db.update(QUOTE_REQUEST)
			.set(QUOTE_REQUEST.STATUS, QuoteRequestStatus.ACCEPTED.name())
			.set(QUOTE_REQUEST.ORDER_ID, orderId)
			.set(QUOTE_REQUEST.ORDER_NUMBER, orderNumber)
			.set(QUOTE_REQUEST.UPDATED_AT, currentOffsetDateTime())
			.where(QUOTE_REQUEST.COMPANY_ID.eq(companyId)
				.and(QUOTE_REQUEST.ID.eq(quoteId))
				.and(QUOTE_REQUEST.STATUS.eq(QuoteRequestStatus.SENT.name()))
				.and(QUOTE_REQUEST.EXPIRES_ON.ge(today)))
			.execute() == 1;
	}

	/**
	 * Marks up to {@code limit} sent quotes whose last day was before {@code today}
	 * expired and answers them; rows another replica is expiring are skipped.
	 */
	List<QuoteRequest> expireDue(LocalDate today, int limit) {
		List<UUID> ids = this.db.update(QUOTE_REQUEST)
			.set(QUOTE_REQUEST.STATUS, QuoteRequestStatus.EXPIRED.name())
			.set(QUOTE_REQUEST.UPDATED_AT, currentOffsetDateTime())
			.where(QUOTE_REQUEST.ID.in(select(QUOTE_REQUEST.ID).from(QUOTE_REQUEST)
				.where(QUOTE_REQUEST.STATUS.eq(QuoteRequestStatus.SENT.name()).and(QUOTE_REQUEST.EXPIRES_ON.lt(today)))
				.limit(limit)
				.forUpdate()
				.skipLocked()))
			.and(QUOTE_REQUEST.STATUS.eq(QuoteRequestStatus.SENT.name()))
			.returning(QUOTE_REQUEST.ID)
			.fetch(QUOTE_REQUEST.ID);
		if (ids.isEmpty()) {
			return List.of();
		}
		var rows = this.db.selectFrom(QUOTE_REQUEST).where(QUOTE_REQUEST.ID.in(ids)).fetch();
		Map<UUID, List<QuoteRequestLine>> lines = lines(ids);
		return rows.map((r) -> of(r, lines.getOrDefault(r.getId(), List.of())));
	}

	/**
	 * Expires one sent quote found past its day on accept; false when the sweep (or
	 * anyone) got there first.
	 */
	boolean expire(UUID companyId, UUID quoteId, LocalDate today) {
		return this.db.update(QUOTE_REQUEST)
			.set(QUOTE_REQUEST.STATUS, QuoteRequestStatus.EXPIRED.name())
			.set(QUOTE_REQUEST.UPDATED_AT, currentOffsetDateTime())
			.where(QUOTE_REQUEST.COMPANY_ID.eq(companyId)
				.and(QUOTE_REQUEST.ID.eq(quoteId))
				.and(QUOTE_REQUEST.STATUS.eq(QuoteRequestStatus.SENT.name()))
				.and(QUOTE_REQUEST.EXPIRES_ON.lt(today)))
			.execute() == 1;
	}

	void recordChange(UUID quoteId, QuoteRequestStatus from, QuoteRequestStatus to, UUID byId, String byKind,
			String note, OffsetDateTime at) {
		this.db.insertInto(QUOTE_REQUEST_HISTORY)
			.set(QUOTE_REQUEST_HISTORY.QUOTE_ID, quoteId)
			.set(QUOTE_REQUEST_HISTORY.AT, at)
			.set(QUOTE_REQUEST_HISTORY.FROM_STATUS, (from != null) ? from.name() : null)
			.set(QUOTE_REQUEST_HISTORY.TO_STATUS, to.name())
			.set(QUOTE_REQUEST_HISTORY.BY_ID, byId)
			.set(QUOTE_REQUEST_HISTORY.BY_KIND, byKind)
			.set(QUOTE_REQUEST_HISTORY.NOTE, note)
			.execute();
	}

}
