package app.distribu.catalog.pricing;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static app.distribu.catalog.db.Tables.CUSTOMER_REF;
import static app.distribu.catalog.db.Tables.PRICE_OVERRIDE;
import static app.distribu.catalog.db.Tables.PRODUCT;

/** The price_override table; every query is bound to one company. */
@Repository
public class PriceOverrides {

	private final DSLContext db;

	PriceOverrides(DSLContext db) {
		this.db = db;
	}

	/** The customer's prices for those of the products that have one. */
	public Map<UUID, BigDecimal> prices(UUID companyId, UUID customerId, Collection<UUID> productIds) {
		return this.db.select(PRICE_OVERRIDE.PRODUCT_ID, PRICE_OVERRIDE.PRICE)
			.from(PRICE_OVERRIDE)
			.where(PRICE_OVERRIDE.COMPANY_ID.eq(companyId)
				.and(PRICE_OVERRIDE.CUSTOMER_ID.eq(customerId))
				.and(PRICE_OVERRIDE.PRODUCT_ID.in(productIds)))
			.fetchMap(PRICE_OVERRIDE.PRODUCT_ID, PRICE_OVERRIDE.PRICE);
	}

	/** Every override of one customer, by product name. */
	List<CustomerPrice> ofCustomer(UUID companyId, UUID customerId) {
		return this.db.select(PRODUCT.ID, PRODUCT.SKU, PRODUCT.NAME, PRODUCT.PRICE, PRICE_OVERRIDE.PRICE)
			.from(PRICE_OVERRIDE)
			.join(PRODUCT)
			.on(PRODUCT.ID.eq(PRICE_OVERRIDE.PRODUCT_ID).and(PRODUCT.COMPANY_ID.eq(PRICE_OVERRIDE.COMPANY_ID)))
			.where(PRICE_OVERRIDE.COMPANY_ID.eq(companyId).and(PRICE_OVERRIDE.CUSTOMER_ID.eq(customerId)))
			.orderBy(PRODUCT.NAME, PRODUCT.ID)
			.fetch((row) -> new CustomerPrice(row.value1(), row.value2(), row.value3(), row.value4().toPlainString(),
					row.value5().toPlainString()));
	}

	/** Every override of one product, by customer name. */
	List<ProductOverride> ofProduct(UUID companyId, UUID productId) {
		return this.db.select(PRICE_OVERRIDE.CUSTOMER_ID, CUSTOMER_REF.NAME, PRICE_OVERRIDE.PRICE)
			.from(PRICE_OVERRIDE)
			.leftJoin(CUSTOMER_REF)
			.on(CUSTOMER_REF.ID.eq(PRICE_OVERRIDE.CUSTOMER_ID).and(CUSTOMER_REF.COMPANY_ID.eq(companyId)))
			.where(PRICE_OVERRIDE.COMPANY_ID.eq(companyId).and(PRICE_OVERRIDE.PRODUCT_ID.eq(productId)))
			.orderBy(CUSTOMER_REF.NAME, PRICE_OVERRIDE.CUSTOMER_ID)
			.fetch((row) -> new ProductOverride(row.value1(), row.value2(), row.value3().toPlainString()));
	}

	void put(UUID companyId, UUID productId, UUID customerId, BigDecimal price) {
		this.db.insertInto(PRICE_OVERRIDE)
			.set(PRICE_OVERRIDE.COMPANY_ID, companyId)
			.set(PRICE_OVERRIDE.PRODUCT_ID, productId)
			.set(PRICE_OVERRIDE.CUSTOMER_ID, customerId)
			.set(PRICE_OVERRIDE.PRICE, price)
			.onConflict(PRICE_OVERRIDE.PRODUCT_ID, PRICE_OVERRIDE.CUSTOMER_ID)
			.doUpdate()
			.set(PRICE_OVERRIDE.PRICE, price)
			.execute();
	}

	boolean delete(UUID companyId, UUID productId, UUID customerId) {
		return this.db.deleteFrom(PRICE_OVERRIDE)
			.where(PRICE_OVERRIDE.COMPANY_ID.eq(companyId)
				.and(PRICE_OVERRIDE.PRODUCT_ID.eq(productId))
				.and(PRICE_OVERRIDE.CUSTOMER_ID.eq(customerId)))
			.execute() == 1;
	}

	boolean productExists(UUID companyId, UUID productId) {
		return this.db.fetchExists(PRODUCT, PRODUCT.ID.eq(productId).and(PRODUCT.COMPANY_ID.eq(companyId)));
	}

	/** The company's product with this SKU, if any. */
	Optional<UUID> productId(UUID companyId, String sku) {
		return this.db.select(PRODUCT.ID)
			.from(PRODUCT)
			.where(PRODUCT.COMPANY_ID.eq(companyId).and(PRODUCT.SKU.eq(sku)))
			.fetchOptional(PRODUCT.ID);
	}

}
