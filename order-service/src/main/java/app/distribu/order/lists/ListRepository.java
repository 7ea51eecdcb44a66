package app.distribu.order.lists;

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
import org.jooq.SortField;

import org.springframework.stereotype.Repository;

import app.distribu.platform.web.PageCursor;

import static app.distribu.order.db.Tables.SAVED_LIST;
import static app.distribu.order.db.Tables.SAVED_LIST_LINE;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.least;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.val;

/**
 * Saved lists and their lines. Every statement on a list names its company; lines are
 * reached only through a list found in the company.
 */
@Repository
class ListRepository {

	static final int MAX_QUANTITY = 1_000_000;

	private final DSLContext db;

	ListRepository(DSLContext db) {
		this.db = db;
	}

	Optional<SavedList> find(UUID companyId, UUID listId) {
		return this.db.selectFrom(SAVED_LIST)
			.where(SAVED_LIST.COMPANY_ID.eq(companyId).and(SAVED_LIST.ID.eq(listId)))
			.fetchOptional()
			.map((r) -> withLines(r, lines(List.of(r.getId())).getOrDefault(r.getId(), List.of())));
	}

	/** The customer's lists: its own first, then shared ones, each by name. */
	List<SavedList> ofCustomer(UUID companyId, UUID customerId) {
		return fetch(SAVED_LIST.COMPANY_ID.eq(companyId).and(SAVED_LIST.CUSTOMER_ID.eq(customerId)),
				List.of(SAVED_LIST.SHARED.asc(), lower(SAVED_LIST.NAME).asc()), Integer.MAX_VALUE);
	}

	/** One page of the API's list, oldest first by {@code (created_at, id)}. */
	List<SavedList> page(UUID companyId, UUID customerId, PageCursor after, int limit) {
		Condition where = SAVED_LIST.COMPANY_ID.eq(companyId);
		if (customerId != null) {
			where = where.and(SAVED_LIST.CUSTOMER_ID.eq(customerId));
		}
		if (after != null) {
			where = where.and(row(SAVED_LIST.CREATED_AT, SAVED_LIST.ID).gt(after.createdAt(), after.id()));
		}
		return fetch(where, List.of(SAVED_LIST.CREATED_AT.asc(), SAVED_LIST.ID.asc()), limit);
	}

	private List<SavedList> fetch(Condition where, List<? extends SortField<?>> order, int limit) {
		var rows = this.db.selectFrom(SAVED_LIST).where(where).orderBy(order).limit(limit).fetch();
		Map<UUID, List<ListLine>> lines = lines(rows.map((r) -> r.getId()));
		return rows.map((r) -> withLines(r, lines.getOrDefault(r.getId(), List.of())));
	}

	private Map<UUID, List<ListLine>> lines(List<UUID> listIds) {
		Map<UUID, List<ListLine>> lines = new LinkedHashMap<>();
		this.db.selectFrom(SAVED_LIST_LINE)
			.where(SAVED_LIST_LINE.LIST_ID.in(listIds))
			.orderBy(SAVED_LIST_LINE.ADDED_AT, SAVED_LIST_LINE.SKU)
			.forEach((r) -> lines.computeIfAbsent(r.getListId(), (id) -> new ArrayList<>())
				.add(new ListLine(r.getSku(), r.getQuantity())));
		return lines;
	}

	private static SavedList withLines(Record r, List<ListLine> lines) {
		return new SavedList(r.get(SAVED_LIST.ID), r.get(SAVED_LIST.CUSTOMER_ID), r.get(SAVED_LIST.NAME),
				r.get(SAVED_LIST.SHARED), r.get(SAVED_LIST.CREATED_BY), r.get(SAVED_LIST.CREATED_AT),
				r.get(SAVED_LIST.UPDATED_AT), lines);
	}

	/**
	 * Holds the customer's lists still until the transaction ends, so the count of lists
	 * and a name's uniqueness are decided one request at a time.
	 */
	void lockCustomer(UUID companyId, UUID customerId) {
		this.db.fetch("select pg_advisory_xact_lock(hashtextextended(?, 0))", companyId + "/" + customerId);
	}

	/**
	 * Locks the list's row (for a change of its lines) and answers whether it is there.
	 */
	boolean lock(UUID companyId, UUID listId) {
		return this.db.select(SAVED_LIST.ID)
			.from(SAVED_LIST)
			.where(SAVED_LIST.COMPANY_ID.eq(companyId).and(SAVED_LIST.ID.eq(listId)))
			.forUpdate()
			.fetchOptional()
			.isPresent();
	}

	int count(UUID companyId, UUID customerId) {
		return this.db.fetchCount(SAVED_LIST,
				SAVED_LIST.COMPANY_ID.eq(companyId).and(SAVED_LIST.CUSTOMER_ID.eq(customerId)));
	}

	boolean nameTaken(UUID companyId, UUID customerId, String name, UUID except) {
		Condition where = SAVED_LIST.COMPANY_ID.eq(companyId)
			.and(SAVED_LIST.CUSTOMER_ID.eq(customerId))
			.and(lower(SAVED_LIST.NAME).eq(name.toLowerCase()));
		if (except != null) {
			where = where.and(SAVED_LIST.ID.ne(except));
		}
		return this.db.fetchExists(SAVED_LIST, where);
	}

	void insert(UUID companyId, UUID customerId, UUID listId, String name, boolean shared, UUID createdBy) {
		this.db.insertInto(SAVED_LIST)
			.set(SAVED_LIST.ID, listId)
			.set(SAVED_LIST.COMPANY_ID, companyId)
			.set(SAVED_LIST.CUSTOMER_ID, customerId)
			.set(SAVED_LIST.NAME, name)
			.set(SAVED_LIST.SHARED, shared)
			.set(SAVED_LIST.CREATED_BY, createdBy)
			.execute();
	}

	void rename(UUID companyId, UUID listId, String name) {
		this.db.update(SAVED_LIST)
			.set(SAVED_LIST.NAME, name)
			.set(SAVED_LIST.UPDATED_AT, currentOffsetDateTime())
			.where(SAVED_LIST.COMPANY_ID.eq(companyId).and(SAVED_LIST.ID.eq(listId)))
			.execute();
	}

	void touch(UUID companyId, UUID listId) {
		this.db.update(SAVED_LIST)
			.set(SAVED_LIST.UPDATED_AT, currentOffsetDateTime())
			.where(SAVED_LIST.COMPANY_ID.eq(companyId).and(SAVED_LIST.ID.eq(listId)))
			.execute();
	}

	boolean delete(UUID companyId, UUID listId) {
		return this.db.deleteFrom(SAVED_LIST)
			.where(SAVED_LIST.COMPANY_ID.eq(companyId).and(SAVED_LIST.ID.eq(listId)))
			.execute() > 0;
	}

	/** Adds to the line of that SKU if the list has one (capped at the maximum). */
	void addLine(UUID listId, String sku, int quantity, OffsetDateTime at) {
		this.db.insertInto(SAVED_LIST_LINE)
			.set(SAVED_LIST_LINE.LIST_ID, listId)
			.set(SAVED_LIST_LINE.SKU, sku)
			.set(SAVED_LIST_LINE.QUANTITY, quantity)
			.set(SAVED_LIST_LINE.ADDED_AT, at)
			.onConflict(SAVED_LIST_LINE.LIST_ID, SAVED_LIST_LINE.SKU)
			.doUpdate()
			.set(SAVED_LIST_LINE.QUANTITY, least(SAVED_LIST_LINE.QUANTITY.plus(quantity), val(MAX_QUANTITY)))
			.execute();
	}

	int setLine(UUID listId, String sku, int quantity) {
		return this.db.update(SAVED_LIST_LINE)
			.set(SAVED_LIST_LINE.QUANTITY, quantity)
			.where(SAVED_LIST_LINE.LIST_ID.eq(listId).and(SAVED_LIST_LINE.SKU.eq(sku)))
			.execute();
	}

	void removeLine(UUID listId, String sku) {
		this.db.deleteFrom(SAVED_LIST_LINE)
			.where(SAVED_LIST_LINE.LIST_ID.eq(listId).and(SAVED_LIST_LINE.SKU.eq(sku)))
			.execute();
	}

	void removeLines(UUID listId) {
		this.db.deleteFrom(SAVED_LIST_LINE).where(SAVED_LIST_LINE.LIST_ID.eq(listId)).execute();
	}

	int lineCount(UUID listId) {
		return this.db.fetchCount(SAVED_LIST_LINE, SAVED_LIST_LINE.LIST_ID.eq(listId));
	}

	boolean hasLine(UUID listId, String sku) {
		return this.db.fetchExists(SAVED_LIST_LINE,
				SAVED_LIST_LINE.LIST_ID.eq(listId).and(SAVED_LIST_LINE.SKU.eq(sku)));
	}

}
