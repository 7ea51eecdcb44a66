package app.distribu.catalog.pricing;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.distribu.platform.security.DistribuAuthentication;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.NotPermitted;
import app.distribu.platform.security.PrincipalKind;
import app.distribu.platform.security.TokenClaims;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * A product's customer prices; the product API's scopes apply (checked before the body is
 * read).
 */
@RestController
class PriceOverrideApi {

	private final CustomerPricing pricing;

	PriceOverrideApi(CustomerPricing pricing) {
		this.pricing = pricing;
	}

	@GetMapping("/api/v1/products/{id}/price-overrides")
	List<ProductOverride> list(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id) {
		return this.pricing.ofProduct(me.companyId(), id);
	}

	@GetMapping("/api/v1/products/{id}/price-overrides/{customerId}")
	ProductOverride get(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@PathVariable UUID customerId) {
		return this.pricing.one(me.companyId(), id, customerId);
	}

	@PutMapping("/api/v1/products/{id}/price-overrides")
	@ResponseStatus(HttpStatus.OK)
	@ApiResponse(responseCode = "422", description = "Catalog does not know this customer (yet).")
	ProductOverride put(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@Valid @RequestBody OverrideRequest body) {
		return this.pricing.put(me.companyId(), id, body);
	}

	@DeleteMapping("/api/v1/products/{id}/price-overrides/{customerId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, @PathVariable UUID customerId) {
		this.pricing.delete(me.companyId(), id, customerId);
	}

	/**
	 * For customer-service's customer page; an unknown customer simply has none. A
	 * storefront contact's token only ever sees its own customer's prices.
	 */
	@GetMapping("/internal/customers/{customerId}/price-overrides")
	List<CustomerPrice> ofCustomer(DistribuAuthentication caller, @PathVariable UUID customerId) {
		if (caller.getPrincipal().kind() == PrincipalKind.CONTACT
				&& !customerId.toString().equals(caller.getToken().getClaimAsString(TokenClaims.CUSTOMER_ID))) {
			throw new NotPermitted();
		}
		return this.pricing.ofCustomer(caller.getPrincipal().companyId(), customerId);
	}

}
