package app.distribu.identity.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The other services' figures for the home page; a null part means that service did not
 * answer in time, and the page says so for that card only.
 */
record HomeFigures(Orders orders, Stock stock, Registrations registrations) {

	/** order-service's {@code GET /internal/dashboard/orders}. */
	record Orders(String currency, Figures today, Figures month, List<Day> days, int submitted, int confirmed,
			Quota quota) {

	}

	record Figures(int orders, String revenue) {

	}

	record Day(LocalDate date, int orders, String revenue) {

	}

	/**
	 * @param limit null when the plan has no limit
	 */
	record Quota(String month, int used, Integer limit, String plan) {

		/** Share of the limit used, 0–100, for the bar; 0 when unlimited. */
		public int percent() {
			return (this.limit == null || this.limit == 0) ? 0 : Math.min(100, (int) (100L * this.used / this.limit));
		}

	}

	/** catalog-service's {@code GET /internal/dashboard/stock}. */
	record Stock(int lowStock, int outOfStock, List<Item> products) {

	}

	record Item(UUID id, String sku, String name, int stock, int threshold) {

	}

	/** customer-service's {@code GET /internal/dashboard/customers}. */
	record Registrations(int pending, List<Waiting> waiting) {

	}

	record Waiting(UUID id, String name) {

	}

}
