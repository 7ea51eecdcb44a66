package app.distribu.customer.customer;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.NotPermitted;
import app.distribu.platform.security.PrincipalKind;
import app.distribu.platform.web.ListPage;

@RestController
@RequestMapping("/api/v1/customers")
class CustomerApi {

	private final Customers customers;

	CustomerApi(Customers customers) {
		this.customers = customers;
	}

	@GetMapping
	ListPage<CustomerJson> list(@AuthenticationPrincipal DistribuPrincipal me,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
		allow(me, "customers:read");
		return this.customers.customers(me.companyId(), limit, cursor).map(CustomerJson::of);
	}

	@GetMapping("/{id}")
	CustomerJson get(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id) {
		allow(me, "customers:read");
		return CustomerJson.of(this.customers.customer(me.companyId(), id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CustomerJson create(@AuthenticationPrincipal DistribuPrincipal me, @Valid @RequestBody NewCustomer body) {
		allow(me, "customers:write");
		return CustomerJson.of(this.customers.addCustomer(me.companyId(), body));
	}

	/** A storefront contact never sees the distributor's customer list. */
	private static void allow(DistribuPrincipal me, String scope) {
		if (me.kind() == PrincipalKind.CONTACT) {
			throw new NotPermitted();
		}
		me.requireScope(scope);
	}

}
