package app.distribu.order.ordering;

import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import app.distribu.order.customer.ShippingAddress;

import static app.distribu.order.db.Tables.ORDERS;
import static app.distribu.order.db.Tables.ORDER_LINE;
import static org.jooq.impl.DSL.noCondition;

/** Orders, their lines, numbers and status history; always within one company. */
@Repository
public class OrderRepository {

	// The statements of placing an order, written out: one constant text each, so the
	// driver prepares them once per connection and nothing is rendered per order (jOOQ's
	// rendering and binding was a fifth of order-service's CPU per order).
	private static final String NEXT_NUMBER = """
			insert into order_number_counter (company_id, last_number) values (?, 1)
			on conflict (company_id) do update set last_number = order_number_counter.last_number + 1
			returning last_number""";

	private static final String INSERT_ORDER = """
			insert into orders (id, company_id, number, customer_id, source, status, currency, total, notes,
			                    po_number, created_at, version, payment_terms, ship_address_id, ship_line1,
			                    ship_line2, ship_city, ship_postal_code, ship_country)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String INSERT_LINE = """
			insert into order_line (order_id, line_no, product_id, sku, name, unit_price, quantity, line_total,
			                        price_rule, price_list)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String INSERT_STATUS_CHANGE = """
			insert into order_status_change (order_id, from_status, to_status, changed_by, changed_at)
			values (?, ?, ?, ?, ?)""";

	private final DSLContext db;

	private final JdbcTemplate jdbc;

	OrderRepository(DSLContext db, JdbcTemplate jdbc) {
		this.db = db;
		this.jdbc = jdbc;
	}

	/** The company's next order number, taken atomically: numbers are never reused. */
	long nextNumber(UUID companyId) {
		return this.jdbc.queryForObject(NEXT_NUMBER, Long.class, companyId);
	}

	void insert(Order order) {
		ShippingAddress ship = order.shippingAddress();
		this.jdbc.update(INSERT_ORDER, (statement) -> {
			statement.setObject(1, order.id());
			statement.setObject(2, order.companyId());
			statement.setLong(3, order.number());
			statement.setObject(4, order.customerId());
			statement.setString(5, order.source().name());
			statement.setString(6, order.status().name());
			statement.setString(7, order.currency());
			statement.setBigDecimal(8, order.total());
			statement.setString(9, order.notes());
			statement.setString(10, order.poNumber());
			statement.setObject(11, order.createdAt().atOffset(ZoneOffset.UTC));
			statement.setInt(12, order.version());
			statement.setString(13, order.paymentTerms());
			statement.setObject(14, (ship != null) ? ship.id() : null, Types.OTHER);
			statement.setString(15, (ship != null) ? ship.line1() : null);
			statement.setString(16, (ship != null) ? ship.line2() : null);
			statement.setString(17, (ship != null) ? ship.city() : null);
			statement.setString(18, (ship != null) ? ship.postalCode() : null);
			statement.setString(19, (ship != null) ? ship.country() : null);
		});
		this.jdbc.batchUpdate(INSERT_LINE, order.lines(), order.lines().size(), (statement, line) -> {
			statement.setObject(1, order.id());
			statement.setInt(2, line.lineNo());
			statement.setObject(3, line.productId());
			statement.setString(4, line.sku());
			statement.setString(5, line.name());
			statement.setBigDecimal(6, line.unitPrice());
			statement.setInt(7, line.quantity());
			statement.setBigDecimal(8, line.lineTotal());
			statement.setString(9, line.priceRule());
			statement.setString(10, line.priceList());
		});
	}

	void recordStatusChange(UUID orderId, OrderStatus from, OrderStatus to, UUID changedBy, Instant at) {
		this.jdbc.update(INSERT_STATUS_CHANGE, (statement) -> {
			statement.setObject(1, orderId);
			statement.setString(2, (from != null) ? from.name() : null);
			statement.setString(3, to.name());
			statement.setObject(4, changedBy);
			statement.setObject(5, at.atOffset(ZoneOffset.UTC));
		});
	}

	/**
	 * Writes a status transition and its history entry; false (and nothing written) when
	 * someone else changed the order since it was read: the optimistic lock.
	 */
	public boolean save(StatusTransition transition) {
		Order before = transition.before();
		boolean updated = this.db.update(ORDERS)
			.set(ORDERS.STATUS, transition.to().name())
			.set(ORDERS.VERSION, transition.after().version())
			.where(ORDERS.ID.eq(before.id())
				.and(ORDERS.COMPANY_ID.eq(before.companyId()))
				.and(ORDERS.VERSION.eq(before.version())))
			.execute() == 1;
		if (updated) {
			recordStatusChange(before.id(), transition.from(), transition.to(), transition.by(), transition.at());
		}
		return updated;
	}

	/** A deleted order is gone for every reader; only the month's count remembers it. */
	public Optional<Order> find(UUID companyId, UUID id) {
		return this.db.selectFrom(ORDERS)
			.where(ORDERS.COMPANY_ID.eq(companyId).and(ORDERS.ID.eq(id)).and(ORDERS.DELETED_AT.isNull()))
			.fetchOptional()
			.map((row) -> toOrder(row, lines(List.of(id)).getOrDefault(id, List.of())));
	}

	/** Newest first; {@code beforeNumber} (exclusive) continues a previous page. */
	public OrderPage page(UUID companyId, Long beforeNumber, int limit) {
		return page(companyId, ApiOrderFilter.NONE, beforeNumber, limit);
	}

	OrderPage page(UUID companyId, ApiOrderFilter filter, Long beforeNumber, int limit) {
		Condition after = (beforeNumber != null) ? ORDERS.NUMBER.lt(beforeNumber) : noCondition();
		List<? extends Record> rows = this.db.selectFrom(ORDERS)
			.where(ORDERS.COMPANY_ID.eq(companyId).and(ORDERS.DELETED_AT.isNull()).and(matching(filter)).and(after))
			.orderBy(ORDERS.NUMBER.desc())
			.limit(limit + 1)
			.fetch();
		boolean hasMore = rows.size() > limit;
		List<? extends Record> page = hasMore ? rows.subList(0, limit) : rows;
		Map<UUID, List<OrderLine>> lines = lines(page.stream().map((row) -> row.get(ORDERS.ID)).toList());
		List<Order> orders = new ArrayList<>();
		for (Record row : page) {
			orders.add(toOrder(row, lines.getOrDefault(row.get(ORDERS.ID), List.of())));
		}
		return new OrderPage(orders, hasMore);
	}

	private Map<UUID, List<OrderLine>> lines(List<UUID> orderIds) {
		return this.db.selectFrom(ORDER_LINE)
			.where(ORDER_LINE.ORDER_ID.in(orderIds))
			.orderBy(ORDER_LINE.ORDER_ID, ORDER_LINE.LINE_NO)
			.fetchGroups(ORDER_LINE.ORDER_ID,
					(line) -> new OrderLine(line.getLineNo(), line.getProductId(), line.getSku(), line.getName(),
							line.getUnitPrice(), line.getQuantity(), line.getLineTotal(), line.getPriceRule(),
							line.getPriceList()));
	}

	private static ShippingAddress shippingAddress(Record row) {
		if (row.get(ORDERS.SHIP_ADDRESS_ID) == null) {
			return null;
		}
		return new ShippingAddress(row.get(ORDERS.SHIP_ADDRESS_ID), row.get(ORDERS.SHIP_LINE1),
				row.get(ORDERS.SHIP_LINE2), row.get(ORDERS.SHIP_CITY), row.get(ORDERS.SHIP_POSTAL_CODE),
				row.get(ORDERS.SHIP_COUNTRY));
	}

	private static Order toOrder(Record row, List<OrderLine> lines) {
		return new Order(row.get(ORDERS.ID), row.get(ORDERS.COMPANY_ID), row.get(ORDERS.NUMBER),
				row.get(ORDERS.CUSTOMER_ID), OrderSource.valueOf(row.get(ORDERS.SOURCE)),
				OrderStatus.valueOf(row.get(ORDERS.STATUS)), row.get(ORDERS.CURRENCY), row.get(ORDERS.TOTAL),
				row.get(ORDERS.NOTES), row.get(ORDERS.PO_NUMBER), row.get(ORDERS.CREATED_AT).toInstant(),
				row.get(ORDERS.VERSION), lines, shippingAddress(row), row.get(ORDERS.PAYMENT_TERMS),
				(row.get(ORDERS.PAID_AT) != null) ? row.get(ORDERS.PAID_AT).toInstant() : null);
	}

	private static Condition matching(ApiOrderFilter filter) {
		Condition condition = noCondition();
		if (filter.status() != null) {
			condition = condition.and(ORDERS.STATUS.eq(filter.status().name()));
		}
		if (filter.source() != null) {
			condition = condition.and(ORDERS.SOURCE.eq(filter.source().name()));
		}
		if (filter.customerId() != null) {
			condition = condition.and(ORDERS.CUSTOMER_ID.eq(filter.customerId()));
		}
		if (filter.createdFrom() != null) {
			condition = condition
				.and(ORDERS.CREATED_AT.ge(filter.createdFrom().atStartOfDay().atOffset(ZoneOffset.UTC)));
		}
		if (filter.createdTo() != null) {
			condition = condition
				.and(ORDERS.CREATED_AT.lt(filter.createdTo().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)));
		}
		return condition;
	}

}
