package app.distribu.customer.customer;

import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import app.distribu.customer.credit.CreditPolicies;
import app.distribu.platform.security.DistribuAuthentication;
import app.distribu.platform.security.PrincipalKind;
import app.distribu.platform.web.NotFound;

/**
 * Service-to-service lookup with the original caller's token. No scope is required: an
 * API key placing an order (orders:write) must be able to have its customer checked.
 */
@RestController
class InternalCustomerApi {

	private final Customers customers;

	private final CreditPolicies credit;

	InternalCustomerApi(Customers customers, CreditPolicies credit) {
		this.customers = customers;
		this.credit = credit;
	}

	@GetMapping("/internal/customers/{id}")
	CustomerSummary get(@PathVariable UUID id) {
		DistribuAuthentication caller = caller();
		if (caller.getPrincipal().kind() == PrincipalKind.CONTACT
				&& !id.toString().equals(caller.getToken().getClaimAsString("customerId"))) {
			// A contact only ever acts for its own customer account.
			throw new NotFound("Customer " + id);
		}
		UUID companyId = caller.getPrincipal().companyId();
		return CustomerSummary.of(this.customers.customer(companyId, id), this.credit.enforced(companyId));
	}

	private static DistribuAuthentication caller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (DistribuAuthentication) authentication;
	}

}
