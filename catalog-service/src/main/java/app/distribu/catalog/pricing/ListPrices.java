package app.distribu.catalog.pricing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

import app.distribu.catalog.db.tables.CustomerRef;
import app.distribu.catalog.db.tables.PriceList;
import app.distribu.catalog.db.tables.PriceListAssignment;

import static app.distribu.catalog.db.Tables.CUSTOMER_REF;
import static app.distribu.catalog.db.Tables.PRICE_LIST;
import static app.distribu.catalog.db.Tables.PRICE_LIST_ASSIGNMENT;
import static app.distribu.catalog.db.Tables.PRICE_LIST_PRICE;
import static app.distribu.catalog.db.Tables.PRICE_OVERRIDE;
import static app.distribu.catalog.db.Tables.PRODUCT;

/**
 * Reads the price lists that apply to one customer on one day: assigned to the customer
 * or to the customer's group, and valid that day (UTC).
 */
@Repository
public class ListPrices {

	private final DSLContext db;

	ListPrices(DSLContext db) {
		this.db = db;
	}

	/** The rows of every applying list for those products, in one statement. */
	List<ListPrice> of(UUID companyId, UUID customerId, Collection<UUID> productIds, LocalDate day) {
		return this.db
			.select(PRICE_LIST.ID, PRICE_LIST.NAME, PRICE_LIST.PRIORITY, PRICE_LIST_PRICE.PRODUCT_ID,
					PRICE_LIST_PRICE.MIN_QUANTITY, PRICE_LIST_PRICE.KIND, PRICE_LIST_PRICE.AMOUNT)
			.from(PRICE_LIST_PRICE)
			.join(PRICE_LIST)
			.on(PRICE_LIST.ID.eq(PRICE_LIST_PRICE.LIST_ID))
			.where(PRICE_LIST_PRICE.COMPANY_ID.eq(companyId)
				.and(PRICE_LIST_PRICE.PRODUCT_ID.eq(DSL.any(productIds.toArray(UUID[]::new))))
				.and(applies(PRICE_LIST.ID, companyId, customerId, day)))
			.fetch((row) -> new ListPrice(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
					PriceKind.valueOf(row.value6()), row.value7()));
	}

	Optional<PricedProduct> product(UUID companyId, UUID productId) {
		return this.db.select(PRODUCT.ID, PRODUCT.SKU, PRODUCT.PRICE, PRODUCT.MIN_ORDER_QUANTITY, PRODUCT.QUANTITY_STEP)
			.from(PRODUCT)
			.where(PRODUCT.ID.eq(productId).and(PRODUCT.COMPANY_ID.eq(companyId)))
			.fetchOptional(
					(row) -> new PricedProduct(row.value1(), row.value2(), row.value3(), row.value4(), row.value5()));
	}

	/**
	 * Whether the customer has a price of their own for the product: an override, or an
	 * applying list that prices it. For queries that show override-gated products.
	 */
	public Condition ownPrice(Field<UUID> productId, UUID companyId, UUID customerId, LocalDate day) {
		if (customerId == null) {
			return DSL.falseCondition();
		}
		return DSL
			.exists(DSL.selectOne()
				.from(PRICE_OVERRIDE)
				.where(PRICE_OVERRIDE.PRODUCT_ID.eq(productId)
					.and(PRICE_OVERRIDE.COMPANY_ID.eq(companyId))
					.and(PRICE_OVERRIDE.CUSTOMER_ID.eq(customerId))))
			.or(DSL.exists(DSL.selectOne()
				.from(PRICE_LIST_PRICE)
				.where(PRICE_LIST_PRICE.PRODUCT_ID.eq(productId)
					.and(PRICE_LIST_PRICE.COMPANY_ID.eq(companyId))
					.and(applies(PRICE_LIST_PRICE.LIST_ID, companyId, customerId, day)))));
	}

	/**
	 * The list is valid on {@code day} and assigned to the customer or its group. Aliased
	 * tables, so the subqueries never bind to a caller's {@code price_list}.
	 */
	private static Condition applies(Field<UUID> listId, UUID companyId, UUID customerId, LocalDate day) {
		PriceList list = PRICE_LIST.as("applying_list");
		PriceListAssignment assignment = PRICE_LIST_ASSIGNMENT.as("applying_assignment");
		CustomerRef customer = CUSTOMER_REF.as("applying_customer");
		Field<String> groupKey = DSL.field(DSL.select(DSL.lower(DSL.trim(customer.GROUP_NAME)))
			.from(customer)
			.where(customer.ID.eq(customerId).and(customer.COMPANY_ID.eq(companyId))));
		return DSL
			.exists(DSL.selectOne()
				.from(list)
				.where(list.ID.eq(listId)
					.and(list.COMPANY_ID.eq(companyId))
					.and(list.VALID_FROM.isNull().or(list.VALID_FROM.le(day)))
					.and(list.VALID_UNTIL.isNull().or(list.VALID_UNTIL.ge(day)))))
			.and(DSL.exists(DSL.selectOne()
				.from(assignment)
				.where(assignment.LIST_ID.eq(listId)
					.and(assignment.COMPANY_ID.eq(companyId))
					.and(assignment.CUSTOMER_ID.eq(customerId).or(assignment.GROUP_KEY.eq(groupKey))))));
	}

}
