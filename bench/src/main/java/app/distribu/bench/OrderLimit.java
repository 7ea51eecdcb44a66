package app.distribu.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Lifts the monthly order limit of the company that owns a benchmark's products, so a run
 * never ends in refusals (the demo company's Growth trial allows 1,000 orders a month).
 * Enterprise, the plan without a limit, is not self-serve (the support console moves a
 * company there, behind two-step sign-in), so the benchmark writes order-service's copy
 * of the plan directly, dated a day ahead so that no {@code subscription.changed} of the
 * run replaces it. Only for the throw-away local stack.
 */
final class OrderLimit {

	private OrderLimit() {
	}

	static void lift(String jdbcUrl, String sku) throws SQLException {
		try (Connection db = DriverManager.getConnection(jdbcUrl);
				PreparedStatement update = db.prepareStatement("update orders.company_plan set plan = 'ENTERPRISE', "
						+ "monthly_order_limit = null, changed_at = now() + interval '1 day' "
						+ "where company_id = (select company_id from catalog.product where sku = ?)")) {
			update.setString(1, sku);
			if (update.executeUpdate() != 1) {
				throw new IllegalStateException("No plan in order-service for the company of " + sku
						+ ": has the stack finished seeding the demo company?");
			}
		}
	}

}
