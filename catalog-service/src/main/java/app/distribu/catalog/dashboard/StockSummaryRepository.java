package app.distribu.catalog.dashboard;

import java.util.List;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;

import org.springframework.stereotype.Repository;

import static app.distribu.catalog.db.Tables.PRODUCT;
import static org.jooq.impl.DSL.count;

@Repository
class StockSummaryRepository {

	private static final int SHOWN = 5;

	private final DSLContext db;

	StockSummaryRepository(DSLContext db) {
		this.db = db;
	}

	StockSummary of(UUID companyId) {
		Condition low = PRODUCT.COMPANY_ID.eq(companyId)
			.and(PRODUCT.ACTIVE.isTrue())
			.and(PRODUCT.STOCK.le(PRODUCT.LOW_STOCK_THRESHOLD));
		Record2<Integer, Integer> counts = this.db.select(count(), count().filterWhere(PRODUCT.STOCK.eq(0)))
			.from(PRODUCT)
			.where(low)
			.fetchOne();
		List<StockSummary.Item> urgent = this.db
			.select(PRODUCT.ID, PRODUCT.SKU, PRODUCT.NAME, PRODUCT.STOCK, PRODUCT.LOW_STOCK_THRESHOLD)
			.from(PRODUCT)
			.where(low)
			.orderBy(PRODUCT.STOCK.minus(PRODUCT.LOW_STOCK_THRESHOLD), PRODUCT.NAME)
			.limit(SHOWN)
			.fetch((row) -> new StockSummary.Item(row.value1(), row.value2(), row.value3(), row.value4(),
					row.value5()));
		return new StockSummary(counts.value1(), counts.value2(), urgent);
	}

}
