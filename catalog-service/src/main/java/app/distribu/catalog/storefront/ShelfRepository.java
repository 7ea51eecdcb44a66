package app.distribu.catalog.storefront;

import java.util.List;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static app.distribu.catalog.db.Tables.PRODUCT;

/** Only active products ever reach the storefront. */
@Repository
class ShelfRepository {

	private static final int SHELF_LIMIT = 500;

	private final DSLContext db;

	ShelfRepository(DSLContext db) {
		this.db = db;
	}

	List<ShelfItem> activeProducts(UUID companyId, String category) {
		Condition condition = PRODUCT.COMPANY_ID.eq(companyId).and(PRODUCT.ACTIVE.isTrue());
		if (category != null) {
			condition = condition.and(PRODUCT.CATEGORY.eq(category));
		}
		return this.db
			.select(PRODUCT.ID, PRODUCT.SKU, PRODUCT.NAME, PRODUCT.DESCRIPTION, PRODUCT.CATEGORY, PRODUCT.PRICE,
					PRODUCT.STOCK, PRODUCT.IMAGE_URL)
			.from(PRODUCT)
			.where(condition)
			.orderBy(PRODUCT.NAME, PRODUCT.ID)
			.limit(SHELF_LIMIT)
			.fetch((row) -> new ShelfItem(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
					row.value6(), row.value7(), row.value8()));
	}

	List<String> categories(UUID companyId) {
		return this.db.selectDistinct(PRODUCT.CATEGORY)
			.from(PRODUCT)
			.where(PRODUCT.COMPANY_ID.eq(companyId).and(PRODUCT.ACTIVE.isTrue()).and(PRODUCT.CATEGORY.isNotNull()))
			.orderBy(PRODUCT.CATEGORY)
			.fetch(PRODUCT.CATEGORY);
	}

}
