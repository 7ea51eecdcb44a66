package app.distribu.catalog.product;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.catalog.stock.MovementKind;
import app.distribu.catalog.stock.StockLedger;
import app.distribu.catalog.stock.StockMovement;
import app.distribu.platform.web.ListPage;
import app.distribu.platform.web.PageCursor;
import app.distribu.platform.web.PageLimit;

/** The product use cases, always within one company. */
@Service
class Catalog {

	private static final int HISTORY = 50;

	private final ProductRepository products;

	private final StockLedger ledger;

	Catalog(ProductRepository products, StockLedger ledger) {
		this.products = products;
		this.ledger = ledger;
	}

	@Transactional
	Product addProduct(UUID companyId, NewProduct command, String actor) {
		Product product = command.toProduct(UUID.randomUUID(), command.stock().intValueExact());
		if (!this.products.insert(companyId, product)) {
			throw new DuplicateSku(product.sku());
		}
		this.ledger.opened(companyId, product.id(), product.stock(), MovementKind.ADJUSTMENT, "Initial stock", actor);
		return product(companyId, product.id());
	}

	/**
	 * Replaces the product's fields; the stock is set (and recorded) only when
	 * {@code setStock}, so a form that shows the stock never writes back a stale count. A
	 * form passes the version it showed, so it can't overwrite someone else's save.
	 */
	@Transactional
	Product update(UUID companyId, UUID id, NewProduct command, boolean setStock, Integer expectedVersion,
			String actor) {
		Product current = product(companyId, id);
		Product changed = command.toProduct(id, current.stock());
		switch (this.products.update(companyId, changed, expectedVersion)) {
			case SKU_TAKEN -> throw new DuplicateSku(changed.sku());
			case STALE -> throw new ProductChangedMeanwhile();
			case SAVED -> {
			}
		}
		if (setStock) {
			this.ledger.set(companyId, id, command.stock().intValueExact(), MovementKind.ADJUSTMENT,
					"Stock set by product update", actor);
		}
		return product(companyId, id);
	}

	/** Changes only the fields the patch names; stock only when it names one. */
	@Transactional
	Product patch(UUID companyId, UUID id, ProductPatch patch, String actor) {
		return update(companyId, id, patch.applyTo(product(companyId, id)), patch.stock() != null, null, actor);
	}

	@Transactional
	Product adjustStock(UUID companyId, UUID id, StockAdjustment adjustment, String actor) {
		Product current = product(companyId, id);
		int delta = adjustment.delta().intValueExact();
		if (this.ledger.move(companyId, id, delta, MovementKind.ADJUSTMENT, adjustment.reason().trim(), null, actor)
			.isEmpty()) {
			throw new StockBelowZero(current.sku(), current.stock(), delta);
		}
		return product(companyId, id);
	}

	@Transactional
	void setActive(UUID companyId, UUID id, boolean active) {
		if (!this.products.setActive(companyId, id, active)) {
			throw new ProductNotFound(id);
		}
	}

	@Transactional
	void delete(UUID companyId, UUID id) {
		if (!this.products.delete(companyId, id)) {
			throw new ProductNotFound(id);
		}
	}

	@Transactional(readOnly = true)
	Product product(UUID companyId, UUID id) {
		return this.products.find(companyId, id).orElseThrow(() -> new ProductNotFound(id));
	}

	@Transactional(readOnly = true)
	List<StockMovement> history(UUID companyId, UUID id) {
		return this.ledger.history(companyId, id, HISTORY);
	}

	@Transactional(readOnly = true)
	ListPage<Product> products(UUID companyId, ProductFilter filter, Integer limit, String cursor) {
		int size = PageLimit.of(limit);
		return this.products.page(companyId, filter, PageCursor.decode(cursor), size);
	}

	@Transactional(readOnly = true)
	InventoryPage inventory(UUID companyId, ProductFilter filter, InventorySort sort, int page, int size) {
		return this.products.browse(companyId, filter, sort, page, size);
	}

}
