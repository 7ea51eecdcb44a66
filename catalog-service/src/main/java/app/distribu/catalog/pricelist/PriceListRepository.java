package app.distribu.catalog.pricelist;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

import app.distribu.catalog.db.tables.records.PriceListRecord;
import app.distribu.catalog.pricing.PriceKind;
import app.distribu.platform.web.PageCursor;

import static app.distribu.catalog.db.Tables.CUSTOMER_REF;
import static app.distribu.catalog.db.Tables.PRICE_LIST;
import static app.distribu.catalog.db.Tables.PRICE_LIST_ASSIGNMENT;
import static app.distribu.catalog.db.Tables.PRICE_LIST_PRICE;
import static app.distribu.catalog.db.Tables.PRODUCT;

/** Price lists, their prices and assignments; every statement names the company. */
@Repository
class PriceListRepository {

	private final DSLContext db;

	PriceListRepository(DSLContext db) {
		this.db = db;
	}

	/** False when the company already has a list of that name (any case). */
	boolean insert(UUID companyId, UUID id, ListDetails details) {
		return this.db.insertInto(PRICE_LIST)
			.set(PRICE_LIST.ID, id)
			.set(PRICE_LIST.COMPANY_ID, companyId)
			.set(PRICE_LIST.NAME, details.trimmedName())
			.set(PRICE_LIST.PRIORITY, details.priorityOrDefault())
			.set(PRICE_LIST.VALID_FROM, details.validFrom())
			.set(PRICE_LIST.VALID_UNTIL, details.validUntil())
			.onConflictDoNothing()
			.execute() == 1;
	}

	boolean nameTaken(UUID companyId, UUID exceptId, String name) {
		return this.db.fetchExists(PRICE_LIST,
				PRICE_LIST.COMPANY_ID.eq(companyId)
					.and(DSL.lower(PRICE_LIST.NAME).eq(name.toLowerCase()))
					.and(PRICE_LIST.ID.ne(exceptId)));
	}

	/** False when the row changed since {@code version} (optimistic lock). */
	boolean update(UUID companyId, UUID id, int version, ListDetails details) {
		return this.db.update(PRICE_LIST)
			.set(PRICE_LIST.NAME, details.trimmedName())
			.set(PRICE_LIST.PRIORITY, details.priorityOrDefault())
			.set(PRICE_LIST.VALID_FROM, details.validFrom())
			.set(PRICE_LIST.VALID_UNTIL, details.validUntil())
			.set(PRICE_LIST.VERSION, PRICE_LIST.VERSION.plus(1))
			.where(PRICE_LIST.ID.eq(id).and(PRICE_LIST.COMPANY_ID.eq(companyId)).and(PRICE_LIST.VERSION.eq(version)))
			.execute() == 1;
	}

	boolean delete(UUID companyId, UUID id) {
		return this.db.deleteFrom(PRICE_LIST)
			.where(PRICE_LIST.ID.eq(id).and(PRICE_LIST.COMPANY_ID.eq(companyId)))
			.execute() == 1;
	}

	Optional<PriceList> find(UUID companyId, UUID id) {
		return this.db.selectFrom(PRICE_LIST)
			.where(PRICE_LIST.ID.eq(id).and(PRICE_LIST.COMPANY_ID.eq(companyId)))
			.fetchOptional(PriceListRepository::toList);
	}

	/**
	 * Oldest first, after {@code cursor}; one more than {@code size} tells there are
	 * more.
	 */
	List<PriceList> page(UUID companyId, PageCursor cursor, int size) {
		Condition after = (cursor == null) ? DSL.noCondition()
				: DSL.row(PRICE_LIST.CREATED_AT, PRICE_LIST.ID).gt(cursor.createdAt(), cursor.id());
		return this.db.selectFrom(PRICE_LIST)
			.where(PRICE_LIST.COMPANY_ID.eq(companyId).and(after))
			.orderBy(PRICE_LIST.CREATED_AT, PRICE_LIST.ID)
			.limit(size + 1)
			.fetch(PriceListRepository::toList);
	}

	/** Every list, highest priority first: the order in which they win. */
	List<PriceList> all(UUID companyId) {
		return this.db.selectFrom(PRICE_LIST)
			.where(PRICE_LIST.COMPANY_ID.eq(companyId))
			.orderBy(PRICE_LIST.PRIORITY.desc(), PRICE_LIST.NAME)
			.fetch(PriceListRepository::toList);
	}

	/** How many products each list prices. */
	Map<UUID, Integer> productCounts(UUID companyId, Collection<UUID> listIds) {
		return this.db.select(PRICE_LIST_PRICE.LIST_ID, DSL.countDistinct(PRICE_LIST_PRICE.PRODUCT_ID))
			.from(PRICE_LIST_PRICE)
			.where(PRICE_LIST_PRICE.COMPANY_ID.eq(companyId).and(PRICE_LIST_PRICE.LIST_ID.in(listIds)))
			.groupBy(PRICE_LIST_PRICE.LIST_ID)
			.fetchMap(PRICE_LIST_PRICE.LIST_ID, DSL.countDistinct(PRICE_LIST_PRICE.PRODUCT_ID));
	}

	/** Assignments of the lists: customers by name, then groups. */
	Map<UUID, List<Assignment>> assignments(UUID companyId, Collection<UUID> listIds) {
		Map<UUID, List<Assignment>> byList = new LinkedHashMap<>();
		this.db
			.select(PRICE_LIST_ASSIGNMENT.LIST_ID, PRICE_LIST_ASSIGNMENT.ID, PRICE_LIST_ASSIGNMENT.CUSTOMER_ID,
					CUSTOMER_REF.NAME, PRICE_LIST_ASSIGNMENT.GROUP_NAME)
			.from(PRICE_LIST_ASSIGNMENT)
			.leftJoin(CUSTOMER_REF)
			.on(CUSTOMER_REF.ID.eq(PRICE_LIST_ASSIGNMENT.CUSTOMER_ID).and(CUSTOMER_REF.COMPANY_ID.eq(companyId)))
			.where(PRICE_LIST_ASSIGNMENT.COMPANY_ID.eq(companyId).and(PRICE_LIST_ASSIGNMENT.LIST_ID.in(listIds)))
			.orderBy(PRICE_LIST_ASSIGNMENT.GROUP_NAME.isNotNull(), CUSTOMER_REF.NAME, PRICE_LIST_ASSIGNMENT.GROUP_KEY)
			.forEach((row) -> byList.computeIfAbsent(row.value1(), (id) -> new ArrayList<>())
				.add(new Assignment(row.value2(), row.value3(), row.value4(), row.value5())));
		return byList;
	}

	/** False when the list already had it. */
	boolean assignCustomer(UUID companyId, UUID listId, UUID customerId) {
		return assign(companyId, listId, customerId, null);
	}

	/** False when the list already had it. */
	boolean assignGroup(UUID companyId, UUID listId, String group) {
		return assign(companyId, listId, null, group);
	}

	private boolean assign(UUID companyId, UUID listId, UUID customerId, String group) {
		return this.db.insertInto(PRICE_LIST_ASSIGNMENT)
			.set(PRICE_LIST_ASSIGNMENT.ID, UUID.randomUUID())
			.set(PRICE_LIST_ASSIGNMENT.LIST_ID, listId)
			.set(PRICE_LIST_ASSIGNMENT.COMPANY_ID, companyId)
			.set(PRICE_LIST_ASSIGNMENT.CUSTOMER_ID, customerId)
			.set(PRICE_LIST_ASSIGNMENT.GROUP_NAME, group)
			.onConflictDoNothing()
			.execute() == 1;
	}

	boolean unassign(UUID companyId, UUID listId, UUID assignmentId) {
		return this.db.deleteFrom(PRICE_LIST_ASSIGNMENT)
			.where(PRICE_LIST_ASSIGNMENT.ID.eq(assignmentId)
				.and(PRICE_LIST_ASSIGNMENT.LIST_ID.eq(listId))
				.and(PRICE_LIST_ASSIGNMENT.COMPANY_ID.eq(companyId)))
			.execute() == 1;
	}

	void unassignAll(UUID companyId, UUID listId) {
		this.db.deleteFrom(PRICE_LIST_ASSIGNMENT)
			.where(PRICE_LIST_ASSIGNMENT.LIST_ID.eq(listId).and(PRICE_LIST_ASSIGNMENT.COMPANY_ID.eq(companyId)))
			.execute();
	}

	/** Locks the list row, so concurrent changes to one list's prices queue up. */
	boolean lock(UUID companyId, UUID listId) {
		return this.db.selectOne()
			.from(PRICE_LIST)
			.where(PRICE_LIST.ID.eq(listId).and(PRICE_LIST.COMPANY_ID.eq(companyId)))
			.forUpdate()
			.fetchOptional()
			.isPresent();
	}

	/**
	 * Each product's tiers in the list become exactly those given: one delete and one
	 * multi-row insert for them all.
	 */
	void replacePrices(UUID companyId, UUID listId, Map<UUID, List<Tier>> prices) {
		removePrices(companyId, listId, prices.keySet());
		var insert = this.db.insertInto(PRICE_LIST_PRICE, PRICE_LIST_PRICE.LIST_ID, PRICE_LIST_PRICE.PRODUCT_ID,
				PRICE_LIST_PRICE.COMPANY_ID, PRICE_LIST_PRICE.MIN_QUANTITY, PRICE_LIST_PRICE.KIND,
				PRICE_LIST_PRICE.AMOUNT);
		for (Map.Entry<UUID, List<Tier>> product : prices.entrySet()) {
			for (Tier tier : product.getValue()) {
				insert = insert.values(listId, product.getKey(), companyId, tier.minQuantity(), tier.kind().name(),
						tier.amount());
			}
		}
		insert.execute();
	}

	/** How many of those products had prices in the list (now gone). */
	int removePrices(UUID companyId, UUID listId, Collection<UUID> productIds) {
		if (productIds.isEmpty()) {
			return 0;
		}
		return productsLosingPrices(PRICE_LIST_PRICE.LIST_ID.eq(listId)
			.and(PRICE_LIST_PRICE.COMPANY_ID.eq(companyId))
			.and(PRICE_LIST_PRICE.PRODUCT_ID.eq(DSL.any(productIds.toArray(UUID[]::new)))));
	}

	/**
	 * Removes the prices of every product not in {@code keep}; how many products lost
	 * theirs.
	 */
	int removePricesExcept(UUID companyId, UUID listId, Collection<UUID> keep) {
		return productsLosingPrices(PRICE_LIST_PRICE.LIST_ID.eq(listId)
			.and(PRICE_LIST_PRICE.COMPANY_ID.eq(companyId))
			.and(PRICE_LIST_PRICE.PRODUCT_ID.ne(DSL.all(keep.toArray(UUID[]::new)))));
	}

	/** Deletes the list prices {@code which} selects; how many products lost theirs. */
	private int productsLosingPrices(Condition which) {
		return this.db.deleteFrom(PRICE_LIST_PRICE)
			.where(which)
			.returning(PRICE_LIST_PRICE.PRODUCT_ID)
			.fetch(PRICE_LIST_PRICE.PRODUCT_ID)
			.stream()
			.distinct()
			.toList()
			.size();
	}

	/**
	 * One page of a list's products with their tiers, in product order
	 * ({@code created_at, id}); {@code sku} narrows to SKUs containing it.
	 */
	EntryPage entries(UUID companyId, UUID listId, String sku, PageCursor cursor, int size) {
		Condition where = PRICE_LIST_PRICE.LIST_ID.eq(listId).and(PRICE_LIST_PRICE.COMPANY_ID.eq(companyId));
		if (sku != null) {
			where = where.and(PRODUCT.SKU.containsIgnoreCase(sku));
		}
		if (cursor != null) {
			where = where.and(DSL.row(PRODUCT.CREATED_AT, PRODUCT.ID).gt(cursor.createdAt(), cursor.id()));
		}
		var products = this.db.selectDistinct(PRODUCT.ID, PRODUCT.CREATED_AT)
			.from(PRICE_LIST_PRICE)
			.join(PRODUCT)
			.on(PRODUCT.ID.eq(PRICE_LIST_PRICE.PRODUCT_ID))
			.where(where)
			.orderBy(PRODUCT.CREATED_AT, PRODUCT.ID)
			.limit(size + 1)
			.fetch();
		boolean more = products.size() > size;
		var shown = more ? products.subList(0, size) : products;
		PageCursor next = more ? new PageCursor(shown.get(size - 1).value2(), shown.get(size - 1).value1()) : null;
		return new EntryPage(entriesOf(companyId, listId, shown.stream().map((row) -> row.value1()).toList()), next);
	}

	/** A page of entries and where the next one starts (null: this is the last). */
	record EntryPage(List<Entry> entries, PageCursor next) {

	}

	/** The entries of exactly those products, in the given order. */
	List<Entry> entriesOf(UUID companyId, UUID listId, List<UUID> productIds) {
		Map<UUID, Entry> entries = new LinkedHashMap<>();
		productIds.forEach((id) -> entries.put(id, null));
		this.db
			.select(PRODUCT.ID, PRODUCT.SKU, PRODUCT.NAME, PRODUCT.PRICE, PRICE_LIST_PRICE.MIN_QUANTITY,
					PRICE_LIST_PRICE.KIND, PRICE_LIST_PRICE.AMOUNT)
			.from(PRICE_LIST_PRICE)
			.join(PRODUCT)
			.on(PRODUCT.ID.eq(PRICE_LIST_PRICE.PRODUCT_ID))
			.where(PRICE_LIST_PRICE.LIST_ID.eq(listId)
				.and(PRICE_LIST_PRICE.COMPANY_ID.eq(companyId))
				.and(PRICE_LIST_PRICE.PRODUCT_ID.eq(DSL.any(productIds.toArray(UUID[]::new)))))
			.orderBy(PRICE_LIST_PRICE.MIN_QUANTITY)
			.forEach((row) -> {
				Entry entry = entries.get(row.value1());
				List<Tier> tiers = new ArrayList<>((entry != null) ? entry.tiers() : List.of());
				tiers.add(new Tier(row.value5(), PriceKind.valueOf(row.value6()), row.value7()));
				entries.put(row.value1(), new Entry(row.value1(), row.value2(), row.value3(), row.value4(), tiers));
			});
		return entries.values().stream().filter((entry) -> entry != null).toList();
	}

	/** Streams every row of a list for the CSV export, by SKU and quantity. */
	void eachRow(UUID companyId, UUID listId, RowConsumer consumer) {
		try (var rows = this.db
			.select(PRODUCT.SKU, PRODUCT.NAME, PRODUCT.PRICE, PRICE_LIST_PRICE.MIN_QUANTITY, PRICE_LIST_PRICE.KIND,
					PRICE_LIST_PRICE.AMOUNT)
			.from(PRICE_LIST_PRICE)
			.join(PRODUCT)
			.on(PRODUCT.ID.eq(PRICE_LIST_PRICE.PRODUCT_ID))
			.where(PRICE_LIST_PRICE.LIST_ID.eq(listId).and(PRICE_LIST_PRICE.COMPANY_ID.eq(companyId)))
			.orderBy(PRODUCT.SKU, PRICE_LIST_PRICE.MIN_QUANTITY)
			.fetchSize(500)
			.fetchLazy()) {
			for (Record row : rows) {
				consumer.accept(row.get(PRODUCT.SKU), row.get(PRODUCT.NAME), row.get(PRODUCT.PRICE),
						new Tier(row.get(PRICE_LIST_PRICE.MIN_QUANTITY),
								PriceKind.valueOf(row.get(PRICE_LIST_PRICE.KIND)), row.get(PRICE_LIST_PRICE.AMOUNT)));
			}
		}
	}

	/** SKU → product id for those SKUs of the company that exist. */
	Map<String, UUID> productIds(UUID companyId, Collection<String> skus) {
		return this.db.select(PRODUCT.SKU, PRODUCT.ID)
			.from(PRODUCT)
			.where(PRODUCT.COMPANY_ID.eq(companyId).and(PRODUCT.SKU.eq(DSL.any(skus.toArray(String[]::new)))))
			.fetchMap(PRODUCT.SKU, PRODUCT.ID);
	}

	interface RowConsumer {

		void accept(String sku, String name, BigDecimal catalogPrice, Tier tier);

	}

	private static PriceList toList(PriceListRecord row) {
		return new PriceList(row.getId(), row.getName(), row.getPriority(), row.getValidFrom(), row.getValidUntil(),
				row.getVersion(), row.getCreatedAt());
	}

}
