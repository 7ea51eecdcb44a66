package app.distribu.billing.subscription;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import app.distribu.billing.invoice.InvoiceLine;
import app.distribu.billing.plan.BillingInterval;
import app.distribu.billing.plan.Money;
import app.distribu.billing.plan.Plan;

/**
 * The arithmetic of plan changes, by whole UTC days: the day of a change counts as unused
 * on the old plan and as used on the new one. Each line is rounded half up to the cent on
 * its own and the invoice total is the sum of its lines, so what the invoice shows adds
 * up exactly.
 */
final class Proration {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private Proration() {
	}

	/** A whole new period at the full price. */
	static List<InvoiceLine> newPeriod(Plan plan, BillingInterval interval, long price, LocalDate start,
			LocalDate end) {
		return List.of(new InvoiceLine(period(plan, interval, start, end), price));
	}

	/**
	 * A higher plan for the rest of the current period: credit for the old plan's unused
	 * days, charge for the new plan's remaining days, both at the current interval.
	 */
	static List<InvoiceLine> upgrade(Subscription current, Plan to, long newPrice, LocalDate today) {
		return List.of(unused(current, today),
				new InvoiceLine(
						"Remaining time on " + to.label() + " (" + current.interval().label() + ") "
								+ days(today, current) + " × " + Money.format(current.currency(), newPrice),
						share(newPrice, today, current)));
	}

	/**
	 * Monthly to annual: a new annual period from today at the full annual price, less
	 * the unused part of the month already paid for.
	 */
	static List<InvoiceLine> annualSwitch(Subscription current, Plan to, long annualPrice, LocalDate today) {
		LocalDate end = BillingInterval.ANNUAL.periodEnd(today, 1);
		return List.of(new InvoiceLine(period(to, BillingInterval.ANNUAL, today, end), annualPrice),
				unused(current, today));
	}

	static long total(List<InvoiceLine> lines) {
		return lines.stream().mapToLong(InvoiceLine::amountCents).sum();
	}

	private static InvoiceLine unused(Subscription current, LocalDate today) {
		long price = current.priceCents();
		return new InvoiceLine(
				"Unused time on " + current.plan().label() + " (" + current.interval().label() + ") "
						+ days(today, current) + " × " + Money.format(current.currency(), price),
				-share(price, today, current));
	}

	private static long share(long price, LocalDate today, Subscription current) {
		return Money.share(price, unusedDays(today, current), periodDays(current));
	}

	private static String days(LocalDate today, Subscription current) {
		return "from " + DAY.format(today) + " to " + DAY.format(current.periodEnd()) + ": "
				+ unusedDays(today, current) + " of " + periodDays(current) + " days";
	}

	static long unusedDays(LocalDate today, Subscription current) {
		return ChronoUnit.DAYS.between(today, current.periodEnd());
	}

	static long periodDays(Subscription current) {
		return ChronoUnit.DAYS.between(current.periodStart(), current.periodEnd());
	}

	private static String period(Plan plan, BillingInterval interval, LocalDate start, LocalDate end) {
		return plan.label() + " plan, " + interval.label() + ", " + DAY.format(start) + " to " + DAY.format(end);
	}

}
