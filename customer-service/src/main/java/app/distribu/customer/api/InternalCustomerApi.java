package app.distribu.customer.api;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import app.distribu.customer.accounts.AddressInput;
import app.distribu.customer.accounts.Addresses;
import app.distribu.customer.accounts.Customer;
import app.distribu.customer.accounts.Customers;
import app.distribu.customer.accounts.OrderProfiles;
import app.distribu.customer.accounts.PendingSummary;
import app.distribu.customer.credit.CreditPolicies;
import app.distribu.platform.security.DistribuAuthentication;
import app.distribu.platform.security.NotPermitted;
import app.distribu.platform.security.PrincipalKind;
import app.distribu.platform.web.NotFound;

/**
 * Service-to-service lookup with the original caller's token. No scope is required: an
 * API key placing an order (orders:write) must be able to have its customer checked.
 */
@RestController
class InternalCustomerApi {

	private final Customers customers;

	private final Addresses addresses;

	private final CreditPolicies credit;

	private final OrderProfiles profiles;

	InternalCustomerApi(Customers customers, Addresses addresses, CreditPolicies credit, OrderProfiles profiles) {
		this.customers = customers;
		this.addresses = addresses;
		this.credit = credit;
		this.profiles = profiles;
	}

	/**
	 * With the revisions order-service stores beside its copy (the policy is read first:
	 * a copy may only ever be older than the revision it is stored under, never newer).
	 */
	@GetMapping("/internal/customers/{id}")
	CustomerSummary get(@PathVariable UUID id) {
		UUID companyId = ownCustomer(id).getPrincipal().companyId();
		CreditPolicies.Policy policy = this.credit.current(companyId);
		return CustomerSummary.of(this.profiles.current(companyId, id), policy);
	}

	/**
	 * A shipping address entered at checkout (order-service, with the contact's token),
	 * saved to the customer; the same address sent again is the one already saved.
	 */
	@PostMapping("/internal/customers/{id}/addresses")
	Customer.Address addAddress(@PathVariable UUID id, @Valid @RequestBody AddressInput address) {
		DistribuAuthentication caller = ownCustomer(id);
		if (caller.getPrincipal().kind() != PrincipalKind.CONTACT && !caller.getPrincipal().isUser()) {
			throw new NotPermitted();
		}
		return this.addresses.addOnce(caller.getPrincipal().companyId(), id, address);
	}

	/** A contact only ever acts for its own customer account; anything else is absent. */
	private static DistribuAuthentication ownCustomer(UUID id) {
		DistribuAuthentication caller = caller();
		if (caller.getPrincipal().kind() == PrincipalKind.CONTACT
				&& !id.toString().equals(caller.getToken().getClaimAsString("customerId"))) {
			throw new NotFound("Customer " + id);
		}
		return caller;
	}

	/** For identity's dashboard home, with the team member's token. */
	@GetMapping("/internal/dashboard/customers")
	PendingSummary pending() {
		DistribuAuthentication caller = caller();
		if (!caller.getPrincipal().isUser()) {
			throw new NotPermitted();
		}
		return this.customers.pendingSummary(caller.getPrincipal().companyId());
	}

	private static DistribuAuthentication caller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (DistribuAuthentication) authentication;
	}

}
