package app.distribu.customer.api;

import java.math.BigDecimal;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClientException;

import app.distribu.customer.accounts.Customer;
import app.distribu.customer.accounts.Customers;
import app.distribu.customer.credit.CreditPolicies;
import app.distribu.customer.upstream.Balance;
import app.distribu.customer.upstream.CustomerUpstreams;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.web.DomainProblem;
import io.swagger.v3.oas.annotations.media.Schema;
import app.distribu.platform.web.apidocs.Money;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/v1/customers/{id}/credit}: terms, limit, whether it is enforced and the
 * open balance order-service keeps, in one answer.
 */
@RestController
class CreditApi {

	private final Customers customers;

	private final CreditPolicies policies;

	private final CustomerUpstreams upstreams;

	CreditApi(Customers customers, CreditPolicies policies, CustomerUpstreams upstreams) {
		this.customers = customers;
		this.policies = policies;
		this.upstreams = upstreams;
	}

	@GetMapping("/api/v1/customers/{id}/credit")
	CreditJson credit(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id) {
		CustomerApi.allow(me, "customers:read");
		Customer customer = this.customers.customer(me.companyId(), id);
		Balance balance;
		try {
			balance = this.upstreams.balance(id);
		}
		catch (RestClientException ex) {
			throw new BalanceUnavailable();
		}
		BigDecimal limit = customer.creditLimit();
		BigDecimal available = balance.available(limit);
		return new CreditJson(id, (customer.paymentTerms() != null) ? customer.paymentTerms().name() : null,
				money(limit), this.policies.enforced(me.companyId()), money(balance.openBalance()),
				balance.unpaidOrders(), money(available), balance.currency());
	}

	private static String money(BigDecimal amount) {
		return (amount != null) ? amount.setScale(2).toPlainString() : null;
	}

	/**
	 * {@code available} is what the limit leaves (null without a limit); with
	 * {@code enforced}, an order above it is refused.
	 */
	record CreditJson(UUID customerId, @Nullable @Schema(allowableValues = {
			"PREPAID", "DUE_ON_DELIVERY", "NET_15", "NET_30", "NET_60" }) String paymentTerms,
			@Money @Nullable String creditLimit, boolean enforced, @Money String openBalance, int unpaidOrders,
			@Money @Nullable String available, String currency){

	}

	static class BalanceUnavailable extends DomainProblem {

		BalanceUnavailable() {
			super(HttpStatus.SERVICE_UNAVAILABLE, "Balance unavailable",
					"The open balance could not be loaded right now. Please try again in a moment.");
		}

	}

}
