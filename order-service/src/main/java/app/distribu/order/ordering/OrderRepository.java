package app.distribu.order.ordering;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

import org.springframework.stereotype.Repository;

import app.distribu.order.customer.ShippingAddress;
import app.distribu.order.db.tables.records.OrderLineRecord;

import static app.distribu.order.db.Tables.ORDERS;
import static app.distribu.order.db.Tables.ORDER_LINE;
import static app.distribu.order.db.Tables.ORDER_NUMBER_COUNTER;
import static app.distribu.order.db.Tables.ORDER_STATUS_CHANGE;
import static org.jooq.impl.DSL.noCondition;

/** Orders, their lines, numbers and status history; always within one company. */
@Repository
public class OrderRepository {

	private final DSLContext db;

	OrderRepository(DSLContext db) {
		this.db = db;
	}

	/** The company's next order number, taken atomically: numbers are never reused. */
	long nextNumber(UUID companyId) {
		return this.db.insertInto(ORDER_NUMBER_COUNTER)
			.set(ORDER_NUMBER_COUNTER.COMPANY_ID, companyId)
			.set(ORDER_NUMBER_COUNTER.LAST_NUMBER, 1L)
			.onConflict(ORDER_NUMBER_COUNTER.COMPANY_ID)
			.doUpdate()
			.set(ORDER_NUMBER_COUNTER.LAST_NUMBER, ORDER_NUMBER_COUNTER.LAST_NUMBER.plus(1L))
			.returning(ORDER_NUMBER_COUNTER.LAST_NUMBER)
			.fetchOne(ORDER_NUMBER_COUNTER.LAST_NUMBER);
	}

	void insert(Order order) {
		this.db.insertInto(ORDERS)
			.set(ORDERS.ID, order.id())
			.set(ORDERS.COMPANY_ID, order.companyId())
			.set(ORDERS.NUMBER, order.number())
			.set(ORDERS.CUSTOMER_ID, order.customerId())
			.set(ORDERS.SOURCE, order.source().name())
			.set(ORDERS.STATUS, order.status().name())
			.set(ORDERS.CURRENCY, order.currency())
			.set(ORDERS.TOTAL, order.total())
			.set(ORDERS.NOTES, order.notes())
			.set(ORDERS.PO_NUMBER, order.poNumber())
			.set(ORDERS.CREATED_AT, order.createdAt().atOffset(ZoneOffset.UTC))
			.set(ORDERS.VERSION, order.version())
			.set(ORDERS.PAYMENT_TERMS, order.paymentTerms())
			.set(shippingColumns(order.shippingAddress()))
			.execute();
		List<OrderLineRecord> lines = order.lines().stream().map((line) -> {
			OrderLineRecord record = this.db.newRecord(ORDER_LINE);
			record.setOrderId(order.id());
			record.setLineNo(line.lineNo());
			record.setProductId(line.productId());
			record.setSku(line.sku());
			record.setName(line.name());
			record.setUnitPrice(line.unitPrice());
			record.setQuantity(line.quantity());
			record.setLineTotal(line.lineTotal());
			record.setPriceRule(line.priceRule());
			record.setPriceList(line.priceList());
			return record;
		}).toList();
		this.db.batchInsert(lines).execute();
	}

	void recordStatusChange(UUID orderId, OrderStatus from, OrderStatus to, UUID changedBy, Instant at) {
		this.db.insertInto(ORDER_STATUS_CHANGE)
			.set(ORDER_STATUS_CHANGE.ORDER_ID, orderId)
			.set(ORDER_STATUS_CHANGE.FROM_STATUS, (from != null) ? from.name() : null)
			.set(ORDER_STATUS_CHANGE.TO_STATUS, to.name())
			.set(ORDER_STATUS_CHANGE.CHANGED_BY, changedBy)
			.set(ORDER_STATUS_CHANGE.CHANGED_AT, at.atOffset(ZoneOffset.UTC))
			.execute();
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

	private static Map<Field<?>, Object> shippingColumns(ShippingAddress address) {
		Map<Field<?>, Object> columns = new HashMap<>();
		columns.put(ORDERS.SHIP_ADDRESS_ID, (address != null) ? address.id() : null);
		columns.put(ORDERS.SHIP_LINE1, (address != null) ? address.line1() : null);
		columns.put(ORDERS.SHIP_LINE2, (address != null) ? address.line2() : null);
		columns.put(ORDERS.SHIP_CITY, (address != null) ? address.city() : null);
		columns.put(ORDERS.SHIP_POSTAL_CODE, (address != null) ? address.postalCode() : null);
		columns.put(ORDERS.SHIP_COUNTRY, (address != null) ? address.country() : null);
		return columns;
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
