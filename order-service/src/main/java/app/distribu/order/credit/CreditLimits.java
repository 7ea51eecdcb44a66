package app.distribu.order.credit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.order.customer.CustomerTerms;
import app.distribu.platform.web.NotFound;

/**
 * Credit limits and balances. An enforced limit is checked inside the order's transaction
 * with the customer's row locked, so two orders that together exceed it can't both pass:
 * the second waits, then sees the first in the balance.
 */
@Service
public class CreditLimits {

	private final CreditRepository credit;

	private final Clock clock;

	CreditLimits(CreditRepository credit, Clock clock) {
		this.credit = credit;
		this.clock = clock;
	}

	/**
	 * Refuses an order of {@code total} that would take the customer's open balance over
	 * an enforced limit. Runs in the order's transaction, before the order is inserted.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void take(UUID companyId, UUID customerId, BigDecimal total, String currency, CustomerTerms terms) {
		if (!terms.creditChecked()) {
			return;
		}
		this.credit.lockCustomer(companyId, customerId);
		BigDecimal after = this.credit.balance(companyId, customerId).openBalance().add(total);
		if (after.compareTo(terms.creditLimit()) > 0) {
			CreditMeters.refused();
			throw new CreditLimitExceeded(total, after, terms.creditLimit(), currency);
		}
	}

	@Transactional(readOnly = true)
	public Balance balance(UUID companyId, UUID customerId) {
		Balance balance = this.credit.balance(companyId, customerId);
		return (balance.currency() != null) ? balance
				: new Balance(balance.openBalance(), balance.unpaidOrders(), this.credit.currency(companyId));
	}

	/** Marks an order paid (keeping the first time it was) or unpaid again. */
	@Transactional
	public void markPaid(UUID companyId, UUID orderId, boolean paid, UUID by) {
		OffsetDateTime now = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
		if (!this.credit.markPaid(companyId, orderId, paid, by, now)) {
			throw new NotFound("Order " + orderId);
		}
	}

}
