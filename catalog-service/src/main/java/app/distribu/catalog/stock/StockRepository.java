package app.distribu.catalog.stock;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static app.distribu.catalog.db.Tables.PRODUCT;
import static app.distribu.catalog.db.Tables.STOCK_RESERVATION;
import static app.distribu.catalog.db.Tables.STOCK_RESERVATION_LINE;

@Repository
class StockRepository {

	private final DSLContext db;

	StockRepository(DSLContext db) {
		this.db = db;
	}

	/**
	 * Inserts the reservation row first: a concurrent repeat of the same order waits on
	 * the primary key and then finds it, so an order never takes stock twice.
	 */
	boolean claim(UUID orderId, UUID companyId, Source source) {
		return this.db.insertInto(STOCK_RESERVATION)
			.set(STOCK_RESERVATION.ORDER_ID, orderId)
			.set(STOCK_RESERVATION.COMPANY_ID, companyId)
			.set(STOCK_RESERVATION.SOURCE, source.name())
			.set(STOCK_RESERVATION.STATUS, "RESERVED")
			.onConflict(STOCK_RESERVATION.ORDER_ID)
			.doNothing()
			.execute() == 1;
	}

	Optional<StoredReservation> find(UUID orderId) {
		return this.db.select(STOCK_RESERVATION.COMPANY_ID, STOCK_RESERVATION.RESPONSE)
			.from(STOCK_RESERVATION)
			.where(STOCK_RESERVATION.ORDER_ID.eq(orderId))
			.fetchOptional((row) -> new StoredReservation(row.value1(), row.value2()));
	}

	Map<String, StockProduct> productsBySku(UUID companyId, Collection<String> skus) {
		return this.db.select(PRODUCT.ID, PRODUCT.SKU, PRODUCT.NAME, PRODUCT.PRICE, PRODUCT.ACTIVE)
			.from(PRODUCT)
			.where(PRODUCT.COMPANY_ID.eq(companyId).and(PRODUCT.SKU.in(skus)))
			.fetch((row) -> new StockProduct(row.value1(), row.value2(), row.value3(), row.value4(), row.value5()))
			.stream()
			.collect(Collectors.toMap(StockProduct::sku, Function.identity()));
	}

	/**
	 * One conditional statement: the row lock makes concurrent takes queue, never
	 * oversell.
	 */
	boolean take(UUID companyId, UUID productId, int quantity) {
		return this.db.update(PRODUCT)
			.set(PRODUCT.STOCK, PRODUCT.STOCK.minus(quantity))
			.where(PRODUCT.ID.eq(productId).and(PRODUCT.COMPANY_ID.eq(companyId)).and(PRODUCT.STOCK.ge(quantity)))
			.execute() == 1;
	}

	int available(UUID companyId, UUID productId) {
		return this.db.select(PRODUCT.STOCK)
			.from(PRODUCT)
			.where(PRODUCT.ID.eq(productId).and(PRODUCT.COMPANY_ID.eq(companyId)))
			.fetchSingle(PRODUCT.STOCK);
	}

	void addLine(UUID orderId, UUID companyId, UUID productId, int quantity) {
		this.db.insertInto(STOCK_RESERVATION_LINE)
			.set(STOCK_RESERVATION_LINE.ORDER_ID, orderId)
			.set(STOCK_RESERVATION_LINE.COMPANY_ID, companyId)
			.set(STOCK_RESERVATION_LINE.PRODUCT_ID, productId)
			.set(STOCK_RESERVATION_LINE.QUANTITY, quantity)
			.execute();
	}

	void saveResponse(UUID orderId, String response) {
		this.db.update(STOCK_RESERVATION)
			.set(STOCK_RESERVATION.RESPONSE, response)
			.where(STOCK_RESERVATION.ORDER_ID.eq(orderId))
			.execute();
	}

	/** Flips RESERVED to RELEASED; only the caller that flips it returns the stock. */
	boolean markReleased(UUID companyId, UUID orderId) {
		return this.db.update(STOCK_RESERVATION)
			.set(STOCK_RESERVATION.STATUS, "RELEASED")
			.set(STOCK_RESERVATION.RELEASED_AT, OffsetDateTime.now())
			.where(STOCK_RESERVATION.ORDER_ID.eq(orderId)
				.and(STOCK_RESERVATION.COMPANY_ID.eq(companyId))
				.and(STOCK_RESERVATION.STATUS.eq("RESERVED")))
			.execute() == 1;
	}

	void returnStock(UUID companyId, UUID orderId) {
		this.db.update(PRODUCT)
			.set(PRODUCT.STOCK, PRODUCT.STOCK.plus(STOCK_RESERVATION_LINE.QUANTITY))
			.from(STOCK_RESERVATION_LINE)
			.where(STOCK_RESERVATION_LINE.ORDER_ID.eq(orderId)
				.and(STOCK_RESERVATION_LINE.COMPANY_ID.eq(companyId))
				.and(PRODUCT.ID.eq(STOCK_RESERVATION_LINE.PRODUCT_ID))
				.and(PRODUCT.COMPANY_ID.eq(companyId)))
			.execute();
	}

}
