package app.distribu.catalog.product;

import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import app.distribu.platform.test.ServiceTest;

import static app.distribu.catalog.db.Tables.PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class SchemaTest {

	@Autowired
	DSLContext db;

	@Test
	void storesProductsInTheServiceSchema() {
		UUID company = UUID.randomUUID();
		this.db.insertInto(PRODUCT)
			.set(PRODUCT.ID, UUID.randomUUID())
			.set(PRODUCT.COMPANY_ID, company)
			.set(PRODUCT.SKU, "WDG-001")
			.set(PRODUCT.NAME, "Widget")
			.set(PRODUCT.PRICE, new java.math.BigDecimal("12.50"))
			.set(PRODUCT.STOCK, 5)
			.execute();
		assertThat(this.db.fetchCount(PRODUCT, PRODUCT.COMPANY_ID.eq(company))).isEqualTo(1);
	}

}
