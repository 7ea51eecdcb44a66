package app.distribu.billing.subscription;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.distribu.billing.invoice.InvoiceLine;
import app.distribu.billing.plan.BillingInterval;
import app.distribu.billing.plan.Plan;

import static org.assertj.core.api.Assertions.assertThat;

/** The arithmetic of plan changes, to the cent, on a calendar a test controls. */
class ProrationTest {

	@Test
	void anUpgradeMidMonthCreditsTheOldPlanAndChargesTheNewOneForTheSameDays() {
		Subscription growth = monthly(Plan.GROWTH, 79_00, "2026-03-01");

		List<InvoiceLine> lines = Proration.upgrade(growth, Plan.PRO, 199_00, LocalDate.parse("2026-03-15"));

		// 17 of March's 31 days are left: 79.00 × 17/31 = 43.3226, 199.00 × 17/31 =
		// 109.1290
		assertThat(lines).extracting(InvoiceLine::amountCents).containsExactly(-43_32L, 109_13L);
		assertThat(Proration.total(lines)).isEqualTo(65_81L);
		assertThat(lines.get(0).description())
			.isEqualTo("Unused time on Growth (monthly) from 15 Mar 2026 to 1 Apr 2026: 17 of 31 days × USD 79.00");
		assertThat(lines.get(1).description())
			.isEqualTo("Remaining time on Pro (monthly) from 15 Mar 2026 to 1 Apr 2026: 17 of 31 days × USD 199.00");
	}

	@Test
	void monthLengthsChangeTheShareOfTheSameNumberOfDaysLeft() {
		assertThat(credit(monthly(Plan.PRO, 199_00, "2026-02-01"), "2026-02-19")).isEqualTo(-71_07L); // 10/28
		assertThat(credit(monthly(Plan.PRO, 199_00, "2028-02-01"), "2028-02-20")).isEqualTo(-68_62L); // 10/29
		assertThat(credit(monthly(Plan.PRO, 199_00, "2026-04-01"), "2026-04-21")).isEqualTo(-66_33L); // 10/30
		assertThat(credit(monthly(Plan.PRO, 199_00, "2026-05-01"), "2026-05-22")).isEqualTo(-64_19L); // 10/31
	}

	@Test
	void monthlyToAnnualInALeapFebruaryCreditsTheUnusedDaysAgainstTheFirstYear() {
		Subscription pro = monthly(Plan.PRO, 199_00, "2028-02-01");

		List<InvoiceLine> lines = Proration.annualSwitch(pro, Plan.PRO, 1_990_00, LocalDate.parse("2028-02-20"));

		assertThat(lines).extracting(InvoiceLine::amountCents).containsExactly(1_990_00L, -68_62L);
		assertThat(Proration.total(lines)).isEqualTo(1_921_38L);
		assertThat(lines.get(0).description()).isEqualTo("Pro plan, annual, 20 Feb 2028 to 20 Feb 2029");
		assertThat(lines.get(1).description()).contains("10 of 29 days");
	}

	@Test
	void aChangeOnTheLastDayOfAPeriodProratesOneDay() {
		// Started on 31 January: the first period ends on 28 February (clamped).
		Subscription growth = monthly(Plan.GROWTH, 79_00, "2026-01-31");
		assertThat(growth.periodEnd()).isEqualTo(LocalDate.parse("2026-02-28"));

		List<InvoiceLine> lines = Proration.upgrade(growth, Plan.PRO, 199_00, LocalDate.parse("2026-02-27"));

		// 1 of 28 days: 79.00/28 = 2.8214, 199.00/28 = 7.1071
		assertThat(lines).extracting(InvoiceLine::amountCents).containsExactly(-2_82L, 7_11L);
		assertThat(Proration.total(lines)).isEqualTo(4_29L);
	}

	@Test
	void anUpgradeOnTheFirstDayOfAPeriodCostsTheWholeDifference() {
		Subscription growth = monthly(Plan.GROWTH, 79_00, "2026-04-01");

		assertThat(Proration.total(Proration.upgrade(growth, Plan.PRO, 199_00, LocalDate.parse("2026-04-01"))))
			.isEqualTo(120_00L);
	}

	@Test
	void anAnnualUpgradeProratesOverTheDaysOfTheYearLeapYearsIncluded() {
		Subscription annual2027 = subscription(Plan.GROWTH, BillingInterval.ANNUAL, 790_00, "2027-03-01");
		Subscription annual2028 = subscription(Plan.GROWTH, BillingInterval.ANNUAL, 790_00, "2028-03-01");
		Subscription leapSpan = subscription(Plan.GROWTH, BillingInterval.ANNUAL, 790_00, "2027-06-01");

		// 2027-03-01 → 2028-03-01 holds 29 February 2028: 366 days; the year after has
		// 365.
		assertThat(Proration.periodDays(annual2027)).isEqualTo(366);
		assertThat(Proration.periodDays(annual2028)).isEqualTo(365);
		assertThat(Proration.periodDays(leapSpan)).isEqualTo(366);
		// 100 days left: 790.00 × 100/366 = 215.8470, 1990.00 × 100/366 = 543.7158
		assertThat(Proration.upgrade(annual2027, Plan.PRO, 1_990_00, LocalDate.parse("2027-03-01").plusDays(266)))
			.extracting(InvoiceLine::amountCents)
			.containsExactly(-215_85L, 543_72L);
	}

	@Test
	void periodsFollowTheirAnchorDayAndClampToShortMonths() {
		LocalDate anchor = LocalDate.parse("2026-01-31");
		assertThat(BillingInterval.MONTHLY.nextEnd(anchor, LocalDate.parse("2026-02-28")))
			.isEqualTo(LocalDate.parse("2026-03-31"));
		assertThat(BillingInterval.MONTHLY.nextEnd(anchor, LocalDate.parse("2026-03-31")))
			.isEqualTo(LocalDate.parse("2026-04-30"));
		assertThat(BillingInterval.ANNUAL.periodEnd(LocalDate.parse("2028-02-29"), 1))
			.isEqualTo(LocalDate.parse("2029-02-28"));
		assertThat(BillingInterval.ANNUAL.periodEnd(LocalDate.parse("2028-02-29"), 4))
			.isEqualTo(LocalDate.parse("2032-02-29"));
	}

	@Test
	void aRenewalStartsWhereThePeriodEndedOnTheSameAnchor() {
		Subscription growth = monthly(Plan.GROWTH, 79_00, "2026-01-31");

		Subscription renewed = growth.renew(Plan.GROWTH, BillingInterval.MONTHLY, 79_00);

		assertThat(renewed.periodStart()).isEqualTo(LocalDate.parse("2026-02-28"));
		assertThat(renewed.periodEnd()).isEqualTo(LocalDate.parse("2026-03-31"));
	}

	private static long credit(Subscription s, String today) {
		return Proration.upgrade(s, Plan.ENTERPRISE, s.priceCents(), LocalDate.parse(today)).get(0).amountCents();
	}

	private static Subscription monthly(Plan plan, long price, String start) {
		return subscription(plan, BillingInterval.MONTHLY, price, start);
	}

	private static Subscription subscription(Plan plan, BillingInterval interval, long price, String start) {
		return Subscription.trial(UUID.randomUUID(), "USD", null)
			.startPeriod(plan, interval, price, LocalDate.parse(start));
	}

}
