package app.distribu.catalog.stock;

import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record1;

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

	private final DSLContext db;

	StockLedger(DSLContext db) {
		this.db = db;
	}

	/**
	 * Adds {@code delta} (negative to take) to the product's stock. Answers the stock
	 * after the change, or empty when the product is not the company's or the stock would
	 * go below zero (then nothing changed).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public OptionalInt move(UUID companyId, UUID productId, int delta, MovementKind kind, String reason, UUID orderId,
			String actor) {
		Record1<Integer> row = this.db.update(PRODUCT)
			.set(PRODUCT.STOCK, PRODUCT.STOCK.plus(delta))
			.where(PRODUCT.ID.eq(productId).and(PRODUCT.COMPANY_ID.eq(companyId)).and(PRODUCT.STOCK.plus(delta).ge(0)))
			.returningResult(PRODUCT.STOCK)
			.fetchOne();
		if (row == null) {
			return OptionalInt.empty();
		}
		if (delta != 0) {
			record(companyId, productId, delta, row.value1(), kind, reason, orderId, actor);
		}
		return OptionalInt.of(row.value1());
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
		this.db.insertInto(STOCK_MOVEMENT)
			.set(STOCK_MOVEMENT.COMPANY_ID, companyId)
			.set(STOCK_MOVEMENT.PRODUCT_ID, productId)
			.set(STOCK_MOVEMENT.DELTA, delta)
			.set(STOCK_MOVEMENT.STOCK_AFTER, stockAfter)
			.set(STOCK_MOVEMENT.KIND, kind.name())
			.set(STOCK_MOVEMENT.REASON, reason)
			.set(STOCK_MOVEMENT.ORDER_ID, orderId)
			.set(STOCK_MOVEMENT.ACTOR, actor)
			.execute();
	}

}
