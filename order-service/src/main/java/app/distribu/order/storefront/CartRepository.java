package app.distribu.order.storefront;

import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import app.distribu.order.ordering.OrderDesk;

import static app.distribu.order.db.Tables.CART_LINE;
import static org.jooq.impl.DSL.least;
import static org.jooq.impl.DSL.val;

/**
 * A contact's cart at one store; every statement names both the company and the contact.
 */
@Repository
class CartRepository {

	static final int MAX_QUANTITY = 1_000_000;

	private final DSLContext db;

	CartRepository(DSLContext db) {
		this.db = db;
	}

	List<OrderDesk.Item> lines(StoreSession session) {
		return this.db.select(CART_LINE.SKU, CART_LINE.QUANTITY)
			.from(CART_LINE)
			.where(CART_LINE.COMPANY_ID.eq(session.companyId()).and(CART_LINE.CONTACT_ID.eq(session.contactId())))
			.orderBy(CART_LINE.ADDED_AT, CART_LINE.SKU)
			.fetch((r) -> new OrderDesk.Item(r.value1(), r.value2()));
	}

	/** Adds to the line of that SKU if there is one. */
	void add(StoreSession session, String sku, int quantity) {
		this.db.insertInto(CART_LINE)
			.set(CART_LINE.COMPANY_ID, session.companyId())
			.set(CART_LINE.CONTACT_ID, session.contactId())
			.set(CART_LINE.SKU, sku)
			.set(CART_LINE.QUANTITY, quantity)
			.onConflict(CART_LINE.COMPANY_ID, CART_LINE.CONTACT_ID, CART_LINE.SKU)
			.doUpdate()
			.set(CART_LINE.QUANTITY, least(CART_LINE.QUANTITY.plus(quantity), val(MAX_QUANTITY)))
			.execute();
	}

	void set(StoreSession session, String sku, int quantity) {
		this.db.update(CART_LINE)
			.set(CART_LINE.QUANTITY, quantity)
			.where(CART_LINE.COMPANY_ID.eq(session.companyId())
				.and(CART_LINE.CONTACT_ID.eq(session.contactId()))
				.and(CART_LINE.SKU.eq(sku)))
			.execute();
	}

	void remove(StoreSession session, String sku) {
		this.db.deleteFrom(CART_LINE)
			.where(CART_LINE.COMPANY_ID.eq(session.companyId())
				.and(CART_LINE.CONTACT_ID.eq(session.contactId()))
				.and(CART_LINE.SKU.eq(sku)))
			.execute();
	}

	void clear(StoreSession session) {
		this.db.deleteFrom(CART_LINE)
			.where(CART_LINE.COMPANY_ID.eq(session.companyId()).and(CART_LINE.CONTACT_ID.eq(session.contactId())))
			.execute();
	}

	int size(StoreSession session) {
		return this.db.fetchCount(CART_LINE,
				CART_LINE.COMPANY_ID.eq(session.companyId()).and(CART_LINE.CONTACT_ID.eq(session.contactId())));
	}

}
