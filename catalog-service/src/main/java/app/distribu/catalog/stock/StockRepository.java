package app.distribu.catalog.stock;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import app.distribu.catalog.db.tables.records.ProductRecord;

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
		return this.db.selectFrom(PRODUCT)
			.where(PRODUCT.COMPANY_ID.eq(companyId).and(PRODUCT.SKU.in(skus)))
			.fetch(StockRepository::toStockProduct)
			.stream()
			.collect(Collectors.toMap(StockProduct::sku, Function.identity()));
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

	/** The quantities a reservation took, in product-id order (the lock order). */
	Map<UUID, Integer> lines(UUID companyId, UUID orderId) {
		return this.db.select(STOCK_RESERVATION_LINE.PRODUCT_ID, STOCK_RESERVATION_LINE.QUANTITY)
			.from(STOCK_RESERVATION_LINE)
			.where(STOCK_RESERVATION_LINE.ORDER_ID.eq(orderId).and(STOCK_RESERVATION_LINE.COMPANY_ID.eq(companyId)))
			.orderBy(STOCK_RESERVATION_LINE.PRODUCT_ID)
			.fetchMap(STOCK_RESERVATION_LINE.PRODUCT_ID, STOCK_RESERVATION_LINE.QUANTITY);
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

	/**
	 * Sets the confirmation time once; answers whether this call confirmed it, and
	 * whether the reservation had been released.
	 */
	ReservationConfirmations.Confirmed markConfirmed(UUID companyId, UUID orderId, OffsetDateTime at) {
		String status = this.db.update(STOCK_RESERVATION)
			.set(STOCK_RESERVATION.CONFIRMED_AT, at)
			.where(STOCK_RESERVATION.ORDER_ID.eq(orderId)
				.and(STOCK_RESERVATION.COMPANY_ID.eq(companyId))
				.and(STOCK_RESERVATION.CONFIRMED_AT.isNull()))
			.returningResult(STOCK_RESERVATION.STATUS)
			.fetchOne(STOCK_RESERVATION.STATUS);
		if (status == null) {
			return ReservationConfirmations.Confirmed.ALREADY;
		}
		return "RELEASED".equals(status) ? ReservationConfirmations.Confirmed.AFTER_RELEASE
				: ReservationConfirmations.Confirmed.NOW;
	}

	/** A released reservation that took its stock again. */
	void markReservedAgain(UUID companyId, UUID orderId) {
		this.db.update(STOCK_RESERVATION)
			.set(STOCK_RESERVATION.STATUS, "RESERVED")
			.setNull(STOCK_RESERVATION.RELEASED_AT)
			.where(STOCK_RESERVATION.ORDER_ID.eq(orderId).and(STOCK_RESERVATION.COMPANY_ID.eq(companyId)))
			.execute();
	}

	/** Current stock of the products, locked until the transaction ends, in id order. */
	Map<UUID, Integer> lockStock(UUID companyId, Collection<UUID> productIds) {
		return this.db.select(PRODUCT.ID, PRODUCT.STOCK)
			.from(PRODUCT)
			.where(PRODUCT.COMPANY_ID.eq(companyId).and(PRODUCT.ID.in(productIds)))
			.orderBy(PRODUCT.ID)
			.forUpdate()
			.fetchMap(PRODUCT.ID, PRODUCT.STOCK);
	}

	/** Reservations still waiting for their order, made before {@code before}. */
	List<PendingReservation> unconfirmedBefore(OffsetDateTime before, int limit) {
		return this.db.select(STOCK_RESERVATION.COMPANY_ID, STOCK_RESERVATION.ORDER_ID)
			.from(STOCK_RESERVATION)
			.where(STOCK_RESERVATION.STATUS.eq("RESERVED")
				.and(STOCK_RESERVATION.CONFIRMED_AT.isNull())
				.and(STOCK_RESERVATION.CREATED_AT.lt(before)))
			.orderBy(STOCK_RESERVATION.CREATED_AT)
			.limit(limit)
			.fetch((row) -> new PendingReservation(row.value1(), row.value2()));
	}

	private static StockProduct toStockProduct(ProductRecord row) {
		return new StockProduct(row.getId(), row.getSku(), row.getName(), row.getPrice(), row.getActive(),
				row.getStock(), row.getMinOrderQuantity(), row.getQuantityStep(), row.getLowStockThreshold(),
				row.getOverrideGated());
	}

}
