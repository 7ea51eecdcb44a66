package app.distribu.catalog.product;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

import app.distribu.catalog.db.tables.records.ProductRecord;
import app.distribu.platform.web.ListPage;
import app.distribu.platform.web.PageCursor;

import static app.distribu.catalog.db.Tables.PRODUCT;

@Repository
class ProductRepository {

	private final DSLContext db;

	ProductRepository(DSLContext db) {
		this.db = db;
	}

	/** Returns false when the company already has this SKU (the unique key decides). */
	boolean insert(UUID companyId, Product product) {
		return this.db.insertInto(PRODUCT)
			.set(PRODUCT.ID, product.id())
			.set(PRODUCT.COMPANY_ID, companyId)
			.set(PRODUCT.SKU, product.sku())
			.set(PRODUCT.STOCK, product.stock())
			.set(fields(product))
			.onConflict(PRODUCT.COMPANY_ID, PRODUCT.SKU)
			.doNothing()
			.execute() == 1;
	}

	/**
	 * Everything but the stock, which only moves through the ledger; with an
	 * {@code expectedVersion}, only if nobody saved the product since it was read.
	 */
	Updated update(UUID companyId, Product product, Integer expectedVersion) {
		boolean taken = this.db.fetchExists(PRODUCT,
				PRODUCT.COMPANY_ID.eq(companyId).and(PRODUCT.SKU.eq(product.sku())).and(PRODUCT.ID.ne(product.id())));
		if (taken) {
			return Updated.SKU_TAKEN;
		}
		Condition row = PRODUCT.ID.eq(product.id()).and(PRODUCT.COMPANY_ID.eq(companyId));
		if (expectedVersion != null) {
			row = row.and(PRODUCT.VERSION.eq(expectedVersion));
		}
		int changed = this.db.update(PRODUCT)
			.set(PRODUCT.SKU, product.sku())
			.set(fields(product))
			.set(PRODUCT.VERSION, PRODUCT.VERSION.plus(1))
			.where(row)
			.execute();
		return (changed == 1) ? Updated.SAVED : Updated.STALE;
	}

	enum Updated {

		SAVED, SKU_TAKEN, STALE

	}

	boolean setActive(UUID companyId, UUID id, boolean active) {
		return this.db.update(PRODUCT)
			.set(PRODUCT.ACTIVE, active)
			.where(PRODUCT.ID.eq(id).and(PRODUCT.COMPANY_ID.eq(companyId)))
			.execute() == 1;
	}

	boolean delete(UUID companyId, UUID id) {
		return this.db.deleteFrom(PRODUCT)
			.where(PRODUCT.ID.eq(id).and(PRODUCT.COMPANY_ID.eq(companyId)))
			.execute() == 1;
	}

	Optional<Product> find(UUID companyId, UUID id) {
		return this.db.selectFrom(PRODUCT)
			.where(PRODUCT.COMPANY_ID.eq(companyId).and(PRODUCT.ID.eq(id)))
			.fetchOptional(ProductRepository::toProduct);
	}

	/** Oldest first; the cursor is the (created_at, id) of the last item seen. */
	ListPage<Product> page(UUID companyId, ProductFilter filter, PageCursor after, int limit) {
		Condition condition = matching(companyId, filter);
		if (after != null) {
			condition = condition.and(DSL.row(PRODUCT.CREATED_AT, PRODUCT.ID).gt(after.createdAt(), after.id()));
		}
		List<Product> rows = this.db.selectFrom(PRODUCT)
			.where(condition)
			.orderBy(PRODUCT.CREATED_AT, PRODUCT.ID)
			.limit(limit + 1)
			.fetch(ProductRepository::toProduct);
		boolean hasMore = rows.size() > limit;
		List<Product> data = hasMore ? rows.subList(0, limit) : rows;
		String next = hasMore ? new PageCursor(data.get(limit - 1).createdAt(), data.get(limit - 1).id()).encode()
				: null;
		return new ListPage<>(List.copyOf(data), hasMore, next);
	}

	/** The dashboard's numbered pages, sorted by a column the user picked. */
	InventoryPage browse(UUID companyId, ProductFilter filter, InventorySort sort, int page, int size) {
		Condition condition = matching(companyId, filter);
		int total = this.db.fetchCount(PRODUCT, condition);
		int pages = Math.max(1, (total + size - 1) / size);
		int current = Math.min(Math.max(page, 1), pages);
		List<Product> rows = this.db.selectFrom(PRODUCT)
			.where(condition)
			.orderBy(order(sort), PRODUCT.ID)
			.limit(size)
			.offset((current - 1) * size)
			.fetch(ProductRepository::toProduct);
		return new InventoryPage(rows, current, pages, total);
	}

	private static Condition matching(UUID companyId, ProductFilter filter) {
		Condition condition = PRODUCT.COMPANY_ID.eq(companyId);
		if (filter.q() != null) {
			String pattern = "%" + filter.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
			condition = condition
				.and(PRODUCT.SKU.likeIgnoreCase(pattern, '\\').or(PRODUCT.NAME.likeIgnoreCase(pattern, '\\')));
		}
		if (filter.category() != null) {
			condition = condition.and(PRODUCT.CATEGORY.eq(filter.category()));
		}
		if (filter.active() != null) {
			condition = condition.and(PRODUCT.ACTIVE.eq(filter.active()));
		}
		if (filter.stock() == StockLevel.LOW) {
			condition = condition.and(PRODUCT.STOCK.le(PRODUCT.LOW_STOCK_THRESHOLD));
		}
		else if (filter.stock() == StockLevel.OUT) {
			condition = condition.and(PRODUCT.STOCK.eq(0));
		}
		return condition;
	}

	private static SortField<?> order(InventorySort sort) {
		return switch (sort) {
			case NAME -> PRODUCT.NAME.asc();
			case SKU -> PRODUCT.SKU.asc();
			case PRICE -> PRODUCT.PRICE.asc();
			case STOCK -> PRODUCT.STOCK.asc();
		};
	}

	private static Map<Field<?>, Object> fields(Product product) {
		Map<Field<?>, Object> fields = new LinkedHashMap<>();
		fields.put(PRODUCT.NAME, product.name());
		fields.put(PRODUCT.DESCRIPTION, product.description());
		fields.put(PRODUCT.CATEGORY, product.category());
		fields.put(PRODUCT.PRICE, product.price());
		fields.put(PRODUCT.LOW_STOCK_THRESHOLD, product.lowStockThreshold());
		fields.put(PRODUCT.ACTIVE, product.active());
		fields.put(PRODUCT.MIN_ORDER_QUANTITY, product.minOrderQuantity());
		fields.put(PRODUCT.QUANTITY_STEP, product.quantityStep());
		fields.put(PRODUCT.OVERRIDE_GATED, product.overrideGated());
		return fields;
	}

	static Product toProduct(ProductRecord row) {
		return new Product(row.getId(), row.getSku(), row.getName(), row.getDescription(), row.getCategory(),
				row.getPrice(), row.getStock(), row.getLowStockThreshold(), row.getActive(), row.getMinOrderQuantity(),
				row.getQuantityStep(), row.getOverrideGated(), row.getImageUrl(), row.getCreatedAt(), row.getVersion());
	}

}
