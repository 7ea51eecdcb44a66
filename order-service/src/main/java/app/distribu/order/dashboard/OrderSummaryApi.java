package app.distribu.order.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.distribu.order.quota.MonthlyQuota;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.NotPermitted;

/**
 * For identity's dashboard home, with the team member's token: today's and this month's
 * orders and revenue, the last 30 days for the chart, orders waiting for action and the
 * plan usage ({@code GET /internal/dashboard/orders?currency=EUR}).
 */
@RestController
class OrderSummaryApi {

	private final OrderSummaryRepository summaries;

	private final MonthlyQuota quota;

	private final Clock clock;

	OrderSummaryApi(OrderSummaryRepository summaries, MonthlyQuota quota, Clock clock) {
		this.summaries = summaries;
		this.quota = quota;
		this.clock = clock;
	}

	@GetMapping("/internal/dashboard/orders")
	OrderSummary orders(@AuthenticationPrincipal DistribuPrincipal me, @RequestParam String currency) {
		if (!me.isUser()) {
			throw new NotPermitted();
		}
		Instant now = Instant.now(this.clock);
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		List<OrderSummary.Day> days = this.summaries.days(me.companyId(), currency,
				today.minusDays(OrderSummaryRepository.DAYS - 1), today);
		OrderSummary.Day last = days.get(days.size() - 1);
		return new OrderSummary(currency, new OrderSummary.Figures(last.orders(), last.revenue()),
				this.summaries.since(me.companyId(), currency, today.withDayOfMonth(1)), days,
				this.summaries.withStatus(me.companyId(), "SUBMITTED"),
				this.summaries.withStatus(me.companyId(), "CONFIRMED"), this.quota.usage(me.companyId(), now));
	}

}
