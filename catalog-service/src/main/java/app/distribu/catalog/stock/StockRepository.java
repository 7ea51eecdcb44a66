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

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import static app.distribu.catalog.db.Tables.PRODUCT;
import static app.distribu.catalog.db.Tables.STOCK_RESERVATION;
import static app.distribu.catalog.db.Tables.STOCK_RESERVATION_LINE;

@Repository
class StockRepository {

	// The statements every reservation runs are written out: one constant text each,
	// which
	// the driver prepares once per connection, nothing rendered per order (jOOQ was a
	// third
	// of catalog's samples in the reservation, issue #13).
	private static final String CLAIM = """
			insert into stock_reservation (order_id, company_id, source, status) values (?, ?, ?, 'RESERVED')
			on conflict do nothing""";

	private static final String PRODUCTS_BY_SKU = """
			select id, sku, name, price, active, stock, min_order_quantity, quantity_step, low_stock_threshold,
			       override_gated
			from product where company_id = ? and sku = any(?)""";

	private static final String ADD_LINE = """
			insert into stock_reservation_line (order_id, company_id, product_id, quantity) values (?, ?, ?, ?)""";

	private static final String SAVE_RESPONSE = "update stock_reservation set response = ? where order_id = ?";

	private final DSLContext db;

	private final JdbcTemplate jdbc;

	StockRepository(DSLContext db, JdbcTemplate jdbc) {
		this.db = db;
		this.jdbc = jdbc;
	}

	/**
	 * Inserts the reservation row first: a concurrent repeat of the same order waits on
	 * the primary key and then finds it, so an order never takes stock twice.
	 */
	boolean claim(UUID orderId, UUID companyId, Source source) {
		return this.jdbc.update(CLAIM, (statement) -> {
			statement.setObject(1, orderId);
			statement.setObject(2, companyId);
			statement.setString(3, source.name());
		}) == 1;
	}

	Optional<StoredReservation> find(UUID orderId) {
		return this.db.select(STOCK_RESERVATION.COMPANY_ID, STOCK_RESERVATION.RESPONSE)
			.from(STOCK_RESERVATION)
			.where(STOCK_RESERVATION.ORDER_ID.eq(orderId))
			.fetchOptional((row) -> new StoredReservation(row.value1(), row.value2()));
	}

	Map<String, StockProduct> productsBySku(UUID companyId, Collection<String> skus) {
		return this.jdbc.query(PRODUCTS_BY_SKU, (statement) -> {
			statement.setObject(1, companyId);
			statement.setArray(2, statement.getConnection().createArrayOf("text", skus.toArray()));
		}, (row, n) -> new StockProduct(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
				row.getBigDecimal(4), row.getBoolean(5), row.getInt(6), row.getInt(7), row.getInt(8), row.getInt(9),
				row.getBoolean(10)))
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
		this.jdbc.update(ADD_LINE, (statement) -> {
			statement.setObject(1, orderId);
			statement.setObject(2, companyId);
			statement.setObject(3, productId);
			statement.setInt(4, quantity);
		});
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
		this.jdbc.update(SAVE_RESPONSE, (statement) -> {
			statement.setString(1, response);
			statement.setObject(2, orderId);
		});
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

}
