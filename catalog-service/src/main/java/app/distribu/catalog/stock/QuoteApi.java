package app.distribu.catalog.stock;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import app.distribu.platform.security.DistribuPrincipal;

/** For order-service's cart and checkout re-check, with the caller's own token. */
@RestController
class QuoteApi {

	private final PriceQuotes quotes;

	QuoteApi(PriceQuotes quotes) {
		this.quotes = quotes;
	}

	@PostMapping("/internal/price-quotes")
	QuoteJson quote(@AuthenticationPrincipal DistribuPrincipal me, @Valid @RequestBody QuoteRequest body) {
		return this.quotes.quote(me.companyId(), body);
	}

}
