package app.distribu.catalog.product;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
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
			.set(PRODUCT.NAME, product.name())
			.set(PRODUCT.DESCRIPTION, product.description())
			.set(PRODUCT.CATEGORY, product.category())
			.set(PRODUCT.PRICE, product.price())
			.set(PRODUCT.STOCK, product.stock())
			.set(PRODUCT.LOW_STOCK_THRESHOLD, product.lowStockThreshold())
			.set(PRODUCT.ACTIVE, product.active())
			.onConflict(PRODUCT.COMPANY_ID, PRODUCT.SKU)
			.doNothing()
			.execute() == 1;
	}

	Optional<Product> find(UUID companyId, UUID id) {
		return this.db.selectFrom(PRODUCT)
			.where(PRODUCT.COMPANY_ID.eq(companyId).and(PRODUCT.ID.eq(id)))
			.fetchOptional(ProductRepository::toProduct);
	}

	/** Oldest first; the cursor is the (created_at, id) of the last item seen. */
	ListPage<Product> page(UUID companyId, PageCursor after, int limit) {
		Condition condition = PRODUCT.COMPANY_ID.eq(companyId);
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

	static Product toProduct(ProductRecord row) {
		return new Product(row.getId(), row.getSku(), row.getName(), row.getDescription(), row.getCategory(),
				row.getPrice(), row.getStock(), row.getLowStockThreshold(), row.getActive(), row.getImageUrl(),
				row.getCreatedAt());
	}

}
