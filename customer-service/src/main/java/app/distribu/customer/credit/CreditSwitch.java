package app.distribu.customer.credit;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.customer.accounts.CustomerEvents;
import app.distribu.platform.events.Outbox;

/**
 * Switches a distributor's credit limits between enforced and reference only, and says so
 * on {@code customer.events}: order-service checks limits from its own copy of the
 * switch.
 */
@Service
class CreditSwitch {

	private final CreditPolicies policies;

	private final Outbox outbox;

	CreditSwitch(CreditPolicies policies, Outbox outbox) {
		this.policies = policies;
		this.outbox = outbox;
	}

	@Transactional
	void switchTo(UUID companyId, boolean enforced, String by) {
		long revision = this.policies.set(companyId, enforced, by);
		this.outbox.publish(CustomerEvents.TOPIC, companyId, PolicyChanged.TYPE, new PolicyChanged(enforced, revision));
	}

	/** {@code customer.credit_policy_changed}: internal, read by order-service. */
	record PolicyChanged(boolean enforced, long revision) {

		static final String TYPE = "customer.credit_policy_changed";

	}

}
