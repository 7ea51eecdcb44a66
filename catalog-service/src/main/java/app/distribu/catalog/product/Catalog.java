package app.distribu.catalog.product;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.platform.web.ListPage;
import app.distribu.platform.web.NotFound;
import app.distribu.platform.web.PageCursor;
import app.distribu.platform.web.PageLimit;

/** The product use cases, always within one company. */
@Service
class Catalog {

	private final ProductRepository products;

	Catalog(ProductRepository products) {
		this.products = products;
	}

	@Transactional
	Product addProduct(UUID companyId, NewProduct command) {
		String sku = command.trimmedSku();
		Product product = new Product(UUID.randomUUID(), sku, command.name().trim(), blankToNull(command.description()),
				blankToNull(command.category()), command.price().setScale(2), command.stock().intValueExact(),
				(command.lowStockThreshold() != null) ? command.lowStockThreshold().intValueExact() : 0,
				(command.active() != null) ? command.active() : true, null, null);
		if (!this.products.insert(companyId, product)) {
			throw new DuplicateSku(sku);
		}
		return this.products.find(companyId, product.id()).orElseThrow();
	}

	@Transactional(readOnly = true)
	Product product(UUID companyId, UUID id) {
		return this.products.find(companyId, id).orElseThrow(() -> new NotFound("Product " + id));
	}

	@Transactional(readOnly = true)
	ListPage<Product> products(UUID companyId, Integer limit, String cursor) {
		int size = PageLimit.of(limit);
		return this.products.page(companyId, PageCursor.decode(cursor), size);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
