package app.distribu.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Stock conservation after a run, read straight from the services' schemas: for each
 * benchmark product, stock on hand plus the quantities its live reservations hold must
 * equal the stock it started with, and no product may have more ordered (orders not
 * cancelled) than reserved. Anything else is a violation.
 */
final class StockLedger {

	private final String jdbcUrl;

	StockLedger(String jdbcUrl) {
		this.jdbcUrl = jdbcUrl;
	}

	/**
	 * Checks the products with these SKUs (unique to a run); returns the result in words.
	 */
	String check(List<String> skus, long startEach) throws SQLException {
		long onHand = 0;
		long reserved = 0;
		long ordered = 0;
		int violations = 0;
		try (Connection db = DriverManager.getConnection(this.jdbcUrl)) {
			Map<UUID, long[]> products = new HashMap<>();
			try (PreparedStatement query = db.prepareStatement("select p.id, p.stock, coalesce(sum(l.quantity) "
					+ "filter (where r.status = 'RESERVED'), 0) from catalog.product p "
					+ "left join catalog.stock_reservation_line l on l.product_id = p.id "
					+ "left join catalog.stock_reservation r on r.order_id = l.order_id "
					+ "where p.sku = any(?) group by p.id, p.stock")) {
				query.setArray(1, db.createArrayOf("text", skus.toArray()));
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						products.put(rows.getObject(1, UUID.class), new long[] { rows.getLong(2), rows.getLong(3), 0 });
					}
				}
			}
			try (PreparedStatement query = db.prepareStatement("select l.product_id, sum(l.quantity) "
					+ "from orders.order_line l join orders.orders o on o.id = l.order_id "
					+ "where o.status <> 'CANCELLED' and l.product_id = any(?) group by l.product_id")) {
				Array ids = db.createArrayOf("uuid", products.keySet().toArray());
				query.setArray(1, ids);
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						products.get(rows.getObject(1, UUID.class))[2] = rows.getLong(2);
					}
				}
			}
			for (long[] product : products.values()) {
				onHand += product[0];
				reserved += product[1];
				ordered += product[2];
				if (product[0] + product[1] != startEach || product[2] > product[1]) {
					violations++;
				}
			}
			if (products.size() != skus.size()) {
				violations += skus.size() - products.size();
			}
		}
		String line = String.format(
				"stock conservation: %d products, started with %,d; on hand %,d + reserved %,d = %,d; ordered %,d; "
						+ "violations %d",
				skus.size(), startEach * skus.size(), onHand, reserved, onHand + reserved, ordered, violations);
		return line;
	}

}
