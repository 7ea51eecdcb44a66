package app.distribu.order.quota;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly order limit: every order created in a calendar month (UTC) counts, whatever
 * becomes of it later.
 */
@Component
public class MonthlyQuota {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

	private final QuotaRepository quotas;

	private final QuotaProperties properties;

	MonthlyQuota(QuotaRepository quotas, QuotaProperties properties) {
		this.quotas = quotas;
		this.properties = properties;
	}

	/**
	 * Counts an order created at {@code at}, or refuses it at the limit. Runs in the
	 * order's transaction so a refused or failed order takes no slot.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void take(UUID companyId, Instant at) {
		if (!this.quotas.take(companyId, MONTH.format(at), this.properties.defaultMonthlyOrderLimit())) {
			throw new MonthlyLimitReached();
		}
	}

	/**
	 * A cheap early refusal without locking, so a store at its limit does not reserve
	 * stock first; {@link #take} still decides.
	 */
	public void refuseIfReached(UUID companyId, Instant at) {
		if (this.quotas.reached(companyId, MONTH.format(at), this.properties.defaultMonthlyOrderLimit())) {
			throw new MonthlyLimitReached();
		}
	}

	/**
	 * This month's count against the limit, for the dashboard home; the plan is null
	 * until billing announced one (the default limit applies meanwhile).
	 */
	public Usage usage(UUID companyId, Instant at) {
		String month = MONTH.format(at);
		return this.quotas.usage(companyId, month, this.properties.defaultMonthlyOrderLimit());
	}

	/**
	 * @param limit null when unlimited
	 */
	public record Usage(String month, int used, Integer limit, String plan) {

	}

}
