package app.distribu.order.search;

import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import app.distribu.order.ordering.Order;
import app.distribu.order.ordering.OrderRepository;

import static app.distribu.order.db.Tables.ORDERS;

/** One order as pages show it: a deleted order is gone for them. */
@Repository
public class OrderLookup {

	private final DSLContext db;

	private final OrderRepository orders;

	OrderLookup(DSLContext db, OrderRepository orders) {
		this.db = db;
		this.orders = orders;
	}

	public Optional<Order> find(UUID companyId, UUID id) {
		boolean visible = this.db.fetchExists(ORDERS,
				ORDERS.COMPANY_ID.eq(companyId).and(ORDERS.ID.eq(id)).and(ORDERS.DELETED_AT.isNull()));
		return visible ? this.orders.find(companyId, id) : Optional.empty();
	}

}
