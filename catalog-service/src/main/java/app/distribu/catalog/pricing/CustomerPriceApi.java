package app.distribu.catalog.pricing;

import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.distribu.platform.companies.Store;
import app.distribu.platform.companies.Stores;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.web.Unprocessable;
import app.distribu.platform.web.apidocs.Money;
import org.jspecify.annotations.Nullable;

/**
 * What a customer pays for a product: the number an order with {@code "pricing":
 * "customer"} gets, with the rule behind it and the volume prices. Product scopes apply.
 */
@RestController
class CustomerPriceApi {

	private final PriceBook book;

	private final ListPrices products;

	private final CustomerPricing customers;

	private final Stores stores;

	CustomerPriceApi(PriceBook book, ListPrices products, CustomerPricing customers, Stores stores) {
		this.book = book;
		this.products = products;
		this.customers = customers;
		this.stores = stores;
	}

	@GetMapping("/api/v1/products/{id}/customer-price")
	CustomerPriceJson price(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@RequestParam UUID customerId, @RequestParam(required = false) Integer quantity) {
		PricedProduct product = this.products.product(me.companyId(), id)
			.orElseThrow(() -> new PriceOverrideNotFound("Product " + id));
		if (!this.customers.knows(me.companyId(), customerId)) {
			throw new UnknownCustomer(customerId);
		}
		int first = product.firstQuantity();
		int wanted = (quantity != null) ? quantity : first;
		if (wanted < 1 || wanted > 1_000_000) {
			throw new Unprocessable("quantity must be from 1 to 1000000.");
		}
		PriceSheet sheet = this.book.sheet(me.companyId(), customerId, List.of(id));
		Price price = sheet.price(id, product.price(), wanted);
		String currency = this.stores.findByCompany(me.companyId()).map(Store::currency).orElse(Store.DEFAULT_CURRENCY);
		return new CustomerPriceJson(id, product.sku(), customerId, wanted, currency, product.price().toPlainString(),
				price.unit().toPlainString(), price.rule(), price.priceList(),
				sheet.ladder(id, product.price(), first).stream().map(CustomerPriceJson.Step::of).toList());
	}

	record CustomerPriceJson(UUID productId, String sku, UUID customerId, int quantity, String currency,
			@Money String catalogPrice, @Money String unitPrice, String priceRule, @Nullable String priceList,
			List<Step> tiers) {

		record Step(int fromQuantity, @Nullable Integer toQuantity, @Money String unitPrice, String priceRule) {

			static Step of(PriceStep step) {
				return new Step(step.fromQuantity(), step.toQuantity(), step.unit().toPlainString(), step.rule());
			}

		}

	}

}
