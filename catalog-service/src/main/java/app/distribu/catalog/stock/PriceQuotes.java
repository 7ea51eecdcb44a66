package app.distribu.catalog.stock;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.catalog.pricing.Price;
import app.distribu.catalog.pricing.PriceBook;
import app.distribu.catalog.pricing.PriceSheet;
import app.distribu.platform.companies.Store;
import app.distribu.platform.companies.Stores;

/** Prices a cart as a reservation would, without taking anything. */
@Service
class PriceQuotes {

	private final StockRepository stock;

	private final PriceBook prices;

	private final Stores stores;

	PriceQuotes(StockRepository stock, PriceBook prices, Stores stores) {
		this.stock = stock;
		this.prices = prices;
		this.stores = stores;
	}

	@Transactional(readOnly = true)
	QuoteJson quote(UUID companyId, QuoteRequest request) {
		OrderTerms terms = request.terms();
		Map<String, Integer> wanted = OrderLines.merged(request.lines());
		Map<String, StockProduct> products = this.stock.productsBySku(companyId, wanted.keySet());
		PriceSheet sheet = terms.appliesOverrides() ? this.prices.sheet(companyId, terms.customerId(),
				products.values().stream().map(StockProduct::id).toList()) : PriceSheet.catalogOnly();
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		List<QuoteJson.Line> lines = new ArrayList<>();
		for (Map.Entry<String, Integer> line : wanted.entrySet()) {
			String sku = line.getKey();
			int quantity = line.getValue();
			StockProduct product = products.get(sku);
			boolean hasOwnPrice = product != null && sheet.hasOwnPrice(product.id());
			String problem = LineRules.problem(sku, product, quantity, terms, hasOwnPrice, true);
			if (product == null) {
				lines.add(new QuoteJson.Line(sku, null, null, null, quantity, null, null, problem, null, null, null));
				continue;
			}
			Price price = sheet.price(product.id(), product.price(), quantity);
			BigDecimal lineTotal = price.unit().multiply(BigDecimal.valueOf(quantity));
			if (problem == null) {
				total = total.add(lineTotal);
			}
			lines.add(new QuoteJson.Line(sku, product.id(), product.name(), price.unit().toPlainString(), quantity,
					lineTotal.toPlainString(), product.stock(), problem, price.rule(), price.priceList(),
					product.price().toPlainString()));
		}
		String currency = this.stores.findByCompany(companyId).map(Store::currency).orElse(Store.DEFAULT_CURRENCY);
		return new QuoteJson(currency, total.toPlainString(), lines);
	}

}
