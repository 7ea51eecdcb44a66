package app.distribu.catalog.storefront;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

import static app.distribu.catalog.db.Tables.PRICE_OVERRIDE;
import static app.distribu.catalog.db.Tables.PRODUCT;

/**
 * Only active products reach the storefront; override-gated ones only for a signed-in
 * customer who has an override, at that customer's price.
 */
@Repository
class ShelfRepository {

	private final DSLContext db;

	ShelfRepository(DSLContext db) {
		this.db = db;
	}

	/** One page of the shelf, by name, and how many products match in all. */
	Shelf products(UUID companyId, Shopper shopper, String category, String q, int page, int size) {
		Condition condition = visible(companyId);
		if (category != null) {
			condition = condition.and(PRODUCT.CATEGORY.eq(category));
		}
		if (q != null) {
			String pattern = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
			condition = condition
				.and(PRODUCT.NAME.likeIgnoreCase(pattern, '\\').or(PRODUCT.SKU.likeIgnoreCase(pattern, '\\')));
		}
		int total = this.db.fetchCount(shelf(shopper).where(condition));
		int pages = Math.max(1, (total + size - 1) / size);
		int shown = Math.min(Math.max(page, 1), pages);
		List<ShelfItem> items = shelf(shopper).where(condition)
			.orderBy(PRODUCT.NAME, PRODUCT.ID)
			.limit(size)
			.offset((shown - 1) * size)
			.fetch(ShelfRepository::toItem);
		return new Shelf(items, shown, pages, total);
	}

	Optional<ShelfItem> product(UUID companyId, Shopper shopper, UUID id) {
		return shelf(shopper).where(visible(companyId).and(PRODUCT.ID.eq(id))).fetchOptional(ShelfRepository::toItem);
	}

	List<String> categories(UUID companyId) {
		return this.db.selectDistinct(PRODUCT.CATEGORY)
			.from(PRODUCT)
			.where(PRODUCT.COMPANY_ID.eq(companyId).and(PRODUCT.ACTIVE.isTrue()).and(PRODUCT.CATEGORY.isNotNull()))
			.orderBy(PRODUCT.CATEGORY)
			.fetch(PRODUCT.CATEGORY);
	}

	private SelectOnConditionStep<? extends Record> shelf(Shopper shopper) {
		// An anonymous shopper matches no override (customer id is never null in the
		// table).
		return this.db.select(PRODUCT.ID, PRODUCT.SKU, PRODUCT.NAME, PRODUCT.DESCRIPTION, PRODUCT.CATEGORY,
				DSL.coalesce(PRICE_OVERRIDE.PRICE, PRODUCT.PRICE).as("effective_price"), PRODUCT.PRICE, PRODUCT.STOCK,
				PRODUCT.MIN_ORDER_QUANTITY, PRODUCT.QUANTITY_STEP, PRODUCT.IMAGE_URL, PRICE_OVERRIDE.CUSTOMER_ID)
			.from(PRODUCT)
			.leftJoin(PRICE_OVERRIDE)
			.on(PRICE_OVERRIDE.PRODUCT_ID.eq(PRODUCT.ID)
				.and(PRICE_OVERRIDE.COMPANY_ID.eq(PRODUCT.COMPANY_ID))
				.and((shopper.signedIn()) ? PRICE_OVERRIDE.CUSTOMER_ID.eq(shopper.customerId())
						: DSL.falseCondition()));
	}

	private static Condition visible(UUID companyId) {
		return PRODUCT.COMPANY_ID.eq(companyId)
			.and(PRODUCT.ACTIVE.isTrue())
			.and(PRODUCT.OVERRIDE_GATED.isFalse().or(PRICE_OVERRIDE.CUSTOMER_ID.isNotNull()));
	}

	private static ShelfItem toItem(Record row) {
		return new ShelfItem(row.get(PRODUCT.ID), row.get(PRODUCT.SKU), row.get(PRODUCT.NAME),
				row.get(PRODUCT.DESCRIPTION), row.get(PRODUCT.CATEGORY), row.get("effective_price", BigDecimal.class),
				row.get(PRODUCT.PRICE), row.get(PRODUCT.STOCK), row.get(PRODUCT.MIN_ORDER_QUANTITY),
				row.get(PRODUCT.QUANTITY_STEP), row.get(PRODUCT.IMAGE_URL));
	}

}
