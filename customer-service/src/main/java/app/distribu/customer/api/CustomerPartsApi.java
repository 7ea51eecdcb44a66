package app.distribu.customer.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.distribu.customer.accounts.AddressInput;
import app.distribu.customer.accounts.Addresses;
import app.distribu.customer.accounts.BuyerRoles;
import app.distribu.customer.accounts.Contacts;
import app.distribu.customer.accounts.Customer;
import app.distribu.customer.accounts.Customers;
import app.distribu.customer.accounts.NewCustomer;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.web.apidocs.Money;

/**
 * A customer's contacts and addresses: {@code /api/v1/customers/{id}/contacts|addresses}.
 */
@RestController
@RequestMapping("/api/v1/customers/{id}")
class CustomerPartsApi {

	private final Customers customers;

	private final Contacts contacts;

	private final Addresses addresses;

	private final BuyerRoles roles;

	CustomerPartsApi(Customers customers, Contacts contacts, Addresses addresses, BuyerRoles roles) {
		this.customers = customers;
		this.contacts = contacts;
		this.addresses = addresses;
		this.roles = roles;
	}

	@GetMapping("/contacts")
	List<CustomerJson.ContactJson> contacts(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id) {
		CustomerApi.allow(me, "customers:read");
		return CustomerJson.of(this.customers.customer(me.companyId(), id)).contacts();
	}

	@PostMapping("/contacts")
	@ResponseStatus(HttpStatus.CREATED)
	CustomerJson.ContactJson addContact(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@Valid @RequestBody NewCustomer.NewContact body) {
		CustomerApi.allow(me, "customers:write");
		return CustomerJson.ContactJson.of(this.contacts.add(me.companyId(), id, body));
	}

	@PutMapping("/contacts/{contactId}")
	CustomerJson.ContactJson updateContact(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@PathVariable UUID contactId, @Valid @RequestBody NewCustomer.NewContact body) {
		CustomerApi.allow(me, "customers:write");
		return CustomerJson.ContactJson.of(this.contacts.update(me.companyId(), id, contactId, body));
	}

	@DeleteMapping("/contacts/{contactId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeContact(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@PathVariable UUID contactId) {
		CustomerApi.allow(me, "customers:write");
		this.contacts.remove(me.companyId(), id, contactId);
	}

	/** A contact's buyer role (docs/buyer-roles-and-approvals.md). */
	@PutMapping("/contacts/{contactId}/role")
	@ResponseStatus(HttpStatus.OK)
	@ApiResponse(responseCode = "422",
			description = "An unknown role, or a change that would leave a customer using approvals without an "
					+ "Admin buyer.")
	CustomerJson.ContactJson setRole(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@PathVariable UUID contactId, @RequestBody RoleBody body) {
		CustomerApi.allow(me, "customers:write");
		return CustomerJson.ContactJson.of(this.roles.setRole(me.companyId(), id, contactId, body.role()));
	}

	/**
	 * The order total over which a Buyer's storefront order waits for approval; null:
	 * none.
	 */
	@PutMapping("/approval-threshold")
	@ResponseStatus(HttpStatus.OK)
	@ApiResponse(responseCode = "422",
			description = "Not an amount of 0 to 9999999999.99 with at most 2 decimals, or no Admin buyer to approve.")
	ThresholdJson setThreshold(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@RequestBody ThresholdBody body) {
		CustomerApi.allow(me, "customers:write");
		BigDecimal saved = this.roles.setThreshold(me.companyId(), id, body.approvalThreshold());
		return new ThresholdJson((saved != null) ? saved.toPlainString() : null);
	}

	record RoleBody(@Schema(allowableValues = {
			"ADMIN_BUYER", "BUYER", "REQUESTER" }) String role){

	}

	record ThresholdBody(@Schema(description = "Decimal string, like 500.00; null for none",
			nullable = true) @Nullable String approvalThreshold) {

	}

	/**
	 * The threshold as saved (a body and an answer are separate records,
	 * docs/api-contract.md).
	 */
	record ThresholdJson(@Money @Nullable String approvalThreshold) {

	}

	@GetMapping("/addresses")
	List<Customer.Address> addresses(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id) {
		CustomerApi.allow(me, "customers:read");
		return this.customers.customer(me.companyId(), id).addresses();
	}

	@PostMapping("/addresses")
	@ResponseStatus(HttpStatus.CREATED)
	Customer.Address addAddress(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@Valid @RequestBody AddressInput body) {
		CustomerApi.allow(me, "customers:write");
		return this.addresses.add(me.companyId(), id, body);
	}

	@PutMapping("/addresses/{addressId}")
	Customer.Address updateAddress(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@PathVariable UUID addressId, @Valid @RequestBody AddressInput body) {
		CustomerApi.allow(me, "customers:write");
		return this.addresses.update(me.companyId(), id, addressId, body);
	}

	@DeleteMapping("/addresses/{addressId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeAddress(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@PathVariable UUID addressId) {
		CustomerApi.allow(me, "customers:write");
		this.addresses.remove(me.companyId(), id, addressId);
	}

}
