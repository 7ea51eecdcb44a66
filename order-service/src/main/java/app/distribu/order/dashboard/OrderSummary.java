package app.distribu.order.dashboard;

import java.time.LocalDate;
import java.util.List;

import app.distribu.order.quota.MonthlyQuota;

/**
 * What the dashboard home shows of orders, in whole UTC days. Counts are every order
 * created (deleted ones excepted); revenue leaves cancelled orders out and counts only
 * orders in the company's currency.
 *
 * @param days the last 30 days, oldest first, today last (days without orders included)
 * @param submitted orders waiting to be confirmed
 * @param confirmed orders confirmed and waiting to ship
 * @param quota this month's count against the plan's limit, as the limit counts it
 */
record OrderSummary(String currency, Figures today, Figures month, List<Day> days, int submitted, int confirmed,
		MonthlyQuota.Usage quota) {

	record Figures(int orders, String revenue) {

	}

	record Day(LocalDate date, int orders, String revenue) {

	}

}
