package app.distribu.catalog.storefront;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

import app.distribu.catalog.pricing.ListPrices;
import app.distribu.catalog.pricing.PriceBook;

import static app.distribu.catalog.db.Tables.CATEGORY;
import static app.distribu.catalog.db.Tables.PRODUCT;

/**
 * Only active products reach the storefront; override-gated ones only for a signed-in
 * customer who has a price of their own for them (an override or a price list). Prices
 * are the catalog's here; {@link ShelfPrices} applies the shopper's.
 */
@Repository
class ShelfRepository {

	private final DSLContext db;

	private final ListPrices lists;

	private final PriceBook book;

	ShelfRepository(DSLContext db, ListPrices lists, PriceBook book) {
		this.db = db;
		this.lists = lists;
		this.book = book;
	}

	/** One page of the shelf, by name, and how many products match in all. */
	Shelf products(UUID companyId, Shopper shopper, String category, String q, int page, int size) {
		Condition condition = visible(companyId, shopper);
		if (category != null) {
			condition = condition.and(PRODUCT.CATEGORY.eq(category));
		}
		if (q != null) {
			String pattern = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
			condition = condition
				.and(PRODUCT.NAME.likeIgnoreCase(pattern, '\\').or(PRODUCT.SKU.likeIgnoreCase(pattern, '\\')));
		}
		int total = this.db.fetchCount(PRODUCT, condition);
		int pages = Math.max(1, (total + size - 1) / size);
		int shown = Math.min(Math.max(page, 1), pages);
		List<ShelfItem> items = shelf().where(condition)
			.orderBy(PRODUCT.NAME, PRODUCT.ID)
			.limit(size)
			.offset((shown - 1) * size)
			.fetch(ShelfRepository::toItem);
		return new Shelf(items, shown, pages, total);
	}

	Optional<ShelfItem> product(UUID companyId, Shopper shopper, UUID id) {
		return shelf().where(visible(companyId, shopper).and(PRODUCT.ID.eq(id))).fetchOptional(ShelfRepository::toItem);
	}

	/**
	 * The categories with an active product: a probe per category (every product's
	 * category is one of the company's, by foreign key), not a scan of the products.
	 */
	List<String> categories(UUID companyId) {
		return this.db.select(CATEGORY.NAME)
			.from(CATEGORY)
			.where(CATEGORY.COMPANY_ID.eq(companyId)
				.and(DSL.exists(DSL.selectOne()
					.from(PRODUCT)
					.where(PRODUCT.COMPANY_ID.eq(companyId)
						.and(PRODUCT.CATEGORY.eq(CATEGORY.NAME))
						.and(PRODUCT.ACTIVE.isTrue())))))
			.orderBy(CATEGORY.NAME)
			.fetch(CATEGORY.NAME);
	}

	private SelectJoinStep<? extends Record> shelf() {
		return this.db
			.select(PRODUCT.ID, PRODUCT.SKU, PRODUCT.NAME, PRODUCT.DESCRIPTION, PRODUCT.CATEGORY, PRODUCT.PRICE,
					PRODUCT.STOCK, PRODUCT.MIN_ORDER_QUANTITY, PRODUCT.QUANTITY_STEP, PRODUCT.IMAGE_URL)
			.from(PRODUCT);
	}

	private Condition visible(UUID companyId, Shopper shopper) {
		return PRODUCT.COMPANY_ID.eq(companyId)
			.and(PRODUCT.ACTIVE.isTrue())
			.and(PRODUCT.OVERRIDE_GATED.isFalse()
				.or(this.lists.ownPrice(PRODUCT.ID, companyId, shopper.customerId(), this.book.today())));
	}

	private static ShelfItem toItem(Record row) {
		return ShelfItem.unpriced(row.get(PRODUCT.ID), row.get(PRODUCT.SKU), row.get(PRODUCT.NAME),
				row.get(PRODUCT.DESCRIPTION), row.get(PRODUCT.CATEGORY), row.get(PRODUCT.PRICE), row.get(PRODUCT.STOCK),
				row.get(PRODUCT.MIN_ORDER_QUANTITY), row.get(PRODUCT.QUANTITY_STEP), row.get(PRODUCT.IMAGE_URL));
	}

}
