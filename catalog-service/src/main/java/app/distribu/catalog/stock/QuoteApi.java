package app.distribu.catalog.stock;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import app.distribu.platform.security.DistribuAuthentication;

/**
 * For order-service's cart and checkout re-check, with the caller's own token: a
 * storefront contact is always quoted as itself ({@link Caller}).
 */
@RestController
class QuoteApi {

	private final PriceQuotes quotes;

	QuoteApi(PriceQuotes quotes) {
		this.quotes = quotes;
	}

	@PostMapping("/internal/price-quotes")
	QuoteJson quote(DistribuAuthentication caller, @Valid @RequestBody QuoteRequest body) {
		return this.quotes.quote(caller.getPrincipal().companyId(), body.madeBy(Caller.of(caller)));
	}

}
