package app.distribu.catalog.stock;

import java.sql.Types;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static app.distribu.catalog.db.Tables.PRODUCT;
import static app.distribu.catalog.db.Tables.STOCK_MOVEMENT;

/**
 * The only way stock changes: each change is one conditional update plus its movement
 * row, in the caller's transaction, so history and stock never disagree and stock never
 * goes below zero.
 */
@Repository
public class StockLedger {

	// Every order line runs both, so they are written out: one constant text each, which
	// the driver prepares once per connection, nothing rendered per line.
	private static final String MOVE = """
			update product set stock = stock + ? where id = ? and company_id = ? and stock + ? >= 0
			returning stock""";

	private static final String RECORD = """
			insert into stock_movement (company_id, product_id, delta, stock_after, kind, reason, order_id, actor)
			values (?, ?, ?, ?, ?, ?, ?, ?)""";

	private final DSLContext db;

	private final JdbcTemplate jdbc;

	StockLedger(DSLContext db, JdbcTemplate jdbc) {
		this.db = db;
		this.jdbc = jdbc;
	}

	/**
	 * Adds {@code delta} (negative to take) to the product's stock. Answers the stock
	 * after the change, or empty when the product is not the company's or the stock would
	 * go below zero (then nothing changed).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public OptionalInt move(UUID companyId, UUID productId, int delta, MovementKind kind, String reason, UUID orderId,
			String actor) {
		OptionalInt after = this.jdbc.query(MOVE, (statement) -> {
			statement.setInt(1, delta);
			statement.setObject(2, productId);
			statement.setObject(3, companyId);
			statement.setInt(4, delta);
		}, (rows) -> rows.next() ? OptionalInt.of(rows.getInt(1)) : OptionalInt.empty());
		if (after.isPresent() && delta != 0) {
			record(companyId, productId, delta, after.getAsInt(), kind, reason, orderId, actor);
		}
		return after;
	}

	/**
	 * Sets the stock to an absolute count, e.g. from a products CSV import
	 * ({@link MovementKind#IMPORT}); the movement records the difference. Answers false
	 * when the product is not the company's.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean set(UUID companyId, UUID productId, int stock, MovementKind kind, String reason, String actor) {
		if (stock < 0) {
			throw new IllegalArgumentException("Stock can't be negative");
		}
		Integer current = this.db.select(PRODUCT.STOCK)
			.from(PRODUCT)
			.where(PRODUCT.ID.eq(productId).and(PRODUCT.COMPANY_ID.eq(companyId)))
			.forUpdate()
			.fetchOne(PRODUCT.STOCK);
		if (current == null) {
			return false;
		}
		return move(companyId, productId, stock - current, kind, reason, null, actor).isPresent();
	}

	/** Records the stock a product starts with (no change of the row itself). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void opened(UUID companyId, UUID productId, int stock, MovementKind kind, String reason, String actor) {
		if (stock > 0) {
			record(companyId, productId, stock, stock, kind, reason, null, actor);
		}
	}

	/** Newest first. */
	public List<StockMovement> history(UUID companyId, UUID productId, int limit) {
		return this.db.selectFrom(STOCK_MOVEMENT)
			.where(STOCK_MOVEMENT.COMPANY_ID.eq(companyId).and(STOCK_MOVEMENT.PRODUCT_ID.eq(productId)))
			.orderBy(STOCK_MOVEMENT.ID.desc())
			.limit(limit)
			.fetch((row) -> new StockMovement(row.getDelta(), row.getStockAfter(), MovementKind.valueOf(row.getKind()),
					row.getReason(), row.getOrderId(), row.getActor(), row.getCreatedAt()));
	}

	private void record(UUID companyId, UUID productId, int delta, int stockAfter, MovementKind kind, String reason,
			UUID orderId, String actor) {
		this.jdbc.update(RECORD, (statement) -> {
			statement.setObject(1, companyId);
			statement.setObject(2, productId);
			statement.setInt(3, delta);
			statement.setInt(4, stockAfter);
			statement.setString(5, kind.name());
			statement.setString(6, reason);
			statement.setObject(7, orderId, Types.OTHER);
			statement.setString(8, actor);
		});
	}

}
