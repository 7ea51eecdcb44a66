package app.distribu.customer.api;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.distribu.customer.accounts.CustomerChanges;
import app.distribu.customer.accounts.CustomerFilter;
import app.distribu.customer.accounts.CustomerStatus;
import app.distribu.customer.accounts.Customers;
import app.distribu.customer.accounts.NewCustomer;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.NotPermitted;
import app.distribu.platform.security.PrincipalKind;
import app.distribu.platform.web.ListPage;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

@RestController
@RequestMapping("/api/v1/customers")
class CustomerApi {

	private final Customers customers;

	CustomerApi(Customers customers) {
		this.customers = customers;
	}

	@GetMapping
	ListPage<CustomerJson> list(@AuthenticationPrincipal DistribuPrincipal me,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) String q, @RequestParam(required = false) String status) {
		allow(me, "customers:read");
		return this.customers.customers(me.companyId(), limit, cursor, CustomerFilter.of(q, status))
			.map(CustomerJson::of);
	}

	@GetMapping("/{id}")
	CustomerJson get(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id) {
		allow(me, "customers:read");
		return CustomerJson.of(this.customers.customer(me.companyId(), id));
	}

	@PostMapping
	@ApiResponse(responseCode = "409", description = "A customer with this email exists.")
	@ResponseStatus(HttpStatus.CREATED)
	CustomerJson create(@AuthenticationPrincipal DistribuPrincipal me, @Valid @RequestBody NewCustomer body) {
		allow(me, "customers:write");
		return CustomerJson.of(this.customers.addCustomer(me.companyId(), body));
	}

	/** Replaces the editable details (and the status, when given). */
	@PutMapping("/{id}")
	@ResponseStatus(HttpStatus.OK)
	@ApiResponse(responseCode = "409", description = "Another customer has this email.")
	CustomerJson update(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@Valid @RequestBody CustomerChanges body) {
		allow(me, "customers:write");
		return CustomerJson.of(this.customers.update(me.companyId(), id, body));
	}

	/**
	 * {@code {"status": "BLOCKED"}}: BLOCKED customers cannot order until set ACTIVE
	 * again.
	 */
	@PatchMapping("/{id}")
	@ResponseStatus(HttpStatus.OK)
	@ApiResponse(responseCode = "409", description = "The status can't change this way (the detail says why).")
	CustomerJson changeStatus(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@Valid @RequestBody StatusChange body) {
		allow(me, "customers:write");
		return CustomerJson.of(this.customers.changeStatus(me.companyId(), id, CustomerStatus.parse(body.status())));
	}

	@Schema(name = "CustomerStatusChange")
	record StatusChange(@NotBlank(message = "Status is required.") @Pattern(regexp = "PENDING|ACTIVE|BLOCKED",
			message = "Status must be PENDING, ACTIVE or BLOCKED.") String status) {

	}

	/** A storefront contact never sees the distributor's customer list. */
	static void allow(DistribuPrincipal me, String scope) {
		if (me.kind() == PrincipalKind.CONTACT) {
			throw new NotPermitted();
		}
		me.requireScope(scope);
	}

}
