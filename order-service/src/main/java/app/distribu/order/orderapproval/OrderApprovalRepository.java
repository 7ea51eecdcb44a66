package app.distribu.order.orderapproval;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Repository;

import app.distribu.order.db.tables.records.OrderApprovalRecord;
import app.distribu.platform.web.PageCursor;

import static app.distribu.order.db.Tables.ORDER_APPROVAL;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.row;

/**
 * Approval requests; every query is limited to one company, and the storefront's to one
 * customer of it.
 */
@Repository
class OrderApprovalRepository {

	/** An approval that placed nothing in this long crashed: another may take it over. */
	static final Duration CLAIM_LEASE = Duration.ofMinutes(2);

	private static final TypeReference<List<ApprovalLine>> LINES = new TypeReference<>() {
	};

	private final DSLContext db;

	private final JsonMapper json;

	OrderApprovalRepository(DSLContext db, JsonMapper json) {
		this.db = db;
		this.json = json;
	}

	void insert(OrderApproval approval) {
		this.db.insertInto(ORDER_APPROVAL)
			.set(ORDER_APPROVAL.ID, approval.id())
			.set(ORDER_APPROVAL.COMPANY_ID, approval.companyId())
			.set(ORDER_APPROVAL.CUSTOMER_ID, approval.customerId())
			.set(ORDER_APPROVAL.REQUESTER_ID, approval.requesterId())
			.set(ORDER_APPROVAL.REQUESTER_NAME, approval.requesterName())
			.set(ORDER_APPROVAL.REQUESTER_EMAIL, approval.requesterEmail())
			.set(ORDER_APPROVAL.STORE_SLUG, approval.storeSlug())
			.set(ORDER_APPROVAL.STORE_NAME, approval.storeName())
			.set(ORDER_APPROVAL.LINES, JSONB.valueOf(this.json.writeValueAsString(approval.lines())))
			.set(ORDER_APPROVAL.SHIPPING_ADDRESS_ID, approval.shippingAddressId())
			.set(ORDER_APPROVAL.NOTES, approval.notes())
			.set(ORDER_APPROVAL.PO_NUMBER, approval.poNumber())
			.set(ORDER_APPROVAL.TOTAL_AT_REQUEST, approval.totalAtRequest())
			.set(ORDER_APPROVAL.CURRENCY, approval.currency())
			.set(ORDER_APPROVAL.WHY, approval.why().name())
			.set(ORDER_APPROVAL.STATUS, approval.status().name())
			.set(ORDER_APPROVAL.CREATED_AT, approval.createdAt())
			.execute();
	}

	Optional<OrderApproval> find(UUID companyId, UUID customerId, UUID id) {
		return this.db.selectFrom(ORDER_APPROVAL)
			.where(ofCustomer(companyId, customerId).and(ORDER_APPROVAL.ID.eq(id)))
			.fetchOptional(this::toApproval);
	}

	/** A request of the company, whichever customer's (staff's API). */
	Optional<OrderApproval> find(UUID companyId, UUID id) {
		return this.db.selectFrom(ORDER_APPROVAL)
			.where(ORDER_APPROVAL.COMPANY_ID.eq(companyId).and(ORDER_APPROVAL.ID.eq(id)))
			.fetchOptional(this::toApproval);
	}

	/**
	 * The company's requests newest first, after {@code after} (null: from the start),
	 * optionally of one customer and in one status.
	 */
	List<OrderApproval> page(UUID companyId, UUID customerId, OrderApproval.Status status, PageCursor after,
			int limit) {
		Condition which = ORDER_APPROVAL.COMPANY_ID.eq(companyId);
		if (customerId != null) {
			which = which.and(ORDER_APPROVAL.CUSTOMER_ID.eq(customerId));
		}
		if (status != null) {
			which = which.and(ORDER_APPROVAL.STATUS.eq(status.name()));
		}
		if (after != null) {
			which = which.and(row(ORDER_APPROVAL.CREATED_AT, ORDER_APPROVAL.ID).lt(after.createdAt(), after.id()));
		}
		return this.db.selectFrom(ORDER_APPROVAL)
			.where(which)
			.orderBy(ORDER_APPROVAL.CREATED_AT.desc(), ORDER_APPROVAL.ID.desc())
			.limit(limit)
			.fetch(this::toApproval);
	}

	/**
	 * The customer's requests, open ones first, then the latest; {@code requesterId}
	 * null: everyone's.
	 */
	List<OrderApproval> list(UUID companyId, UUID customerId, UUID requesterId) {
		Condition which = ofCustomer(companyId, customerId);
		if (requesterId != null) {
			which = which.and(ORDER_APPROVAL.REQUESTER_ID.eq(requesterId));
		}
		return this.db.selectFrom(ORDER_APPROVAL)
			.where(which)
			.orderBy(ORDER_APPROVAL.STATUS.in("PENDING", "APPROVING").desc(), ORDER_APPROVAL.CREATED_AT.desc())
			.limit(100)
			.fetch(this::toApproval);
	}

	/**
	 * Takes the request for one approval: true for exactly one of several admin buyers
	 * approving at once (the row update serialises them), or for one taking over an
	 * approval that crashed before it finished.
	 */
	boolean claim(UUID companyId, UUID customerId, UUID id, OffsetDateTime now) {
		return this.db.update(ORDER_APPROVAL)
			.set(ORDER_APPROVAL.STATUS, "APPROVING")
			.set(ORDER_APPROVAL.CLAIMED_AT, now)
			.where(ofCustomer(companyId, customerId).and(ORDER_APPROVAL.ID.eq(id))
				.and(ORDER_APPROVAL.STATUS.eq("PENDING")
					.or(ORDER_APPROVAL.STATUS.eq("APPROVING")
						.and(ORDER_APPROVAL.CLAIMED_AT.lt(now.minus(CLAIM_LEASE))))))
			.execute() == 1;
	}

	void approved(UUID id, UUID orderId, UUID byId, String byName) {
		this.db.update(ORDER_APPROVAL)
			.set(ORDER_APPROVAL.STATUS, "APPROVED")
			.set(ORDER_APPROVAL.ORDER_ID, orderId)
			.set(ORDER_APPROVAL.DECIDED_BY_ID, byId)
			.set(ORDER_APPROVAL.DECIDED_BY_NAME, byName)
			.set(ORDER_APPROVAL.DECIDED_AT, currentOffsetDateTime())
			.set(ORDER_APPROVAL.LAST_FAILURE, (String) null)
			.where(ORDER_APPROVAL.ID.eq(id).and(ORDER_APPROVAL.STATUS.eq("APPROVING")))
			.execute();
	}

	/** The order could not be placed: the request waits again, saying why. */
	void failed(UUID id, String why) {
		this.db.update(ORDER_APPROVAL)
			.set(ORDER_APPROVAL.STATUS, "PENDING")
			.set(ORDER_APPROVAL.CLAIMED_AT, (OffsetDateTime) null)
			.set(ORDER_APPROVAL.LAST_FAILURE, why)
			.where(ORDER_APPROVAL.ID.eq(id).and(ORDER_APPROVAL.STATUS.eq("APPROVING")))
			.execute();
	}

	/** False when the request is no longer waiting (approved or rejected meanwhile). */
	boolean reject(UUID companyId, UUID customerId, UUID id, UUID byId, String byName, String reason) {
		return this.db.update(ORDER_APPROVAL)
			.set(ORDER_APPROVAL.STATUS, "REJECTED")
			.set(ORDER_APPROVAL.DECIDED_BY_ID, byId)
			.set(ORDER_APPROVAL.DECIDED_BY_NAME, byName)
			.set(ORDER_APPROVAL.DECIDED_AT, currentOffsetDateTime())
			.set(ORDER_APPROVAL.REJECTION_REASON, reason)
			.where(ofCustomer(companyId, customerId).and(ORDER_APPROVAL.ID.eq(id))
				.and(ORDER_APPROVAL.STATUS.eq("PENDING")))
			.execute() == 1;
	}

	private static Condition ofCustomer(UUID companyId, UUID customerId) {
		return ORDER_APPROVAL.COMPANY_ID.eq(companyId).and(ORDER_APPROVAL.CUSTOMER_ID.eq(customerId));
	}

	private OrderApproval toApproval(OrderApprovalRecord r) {
		return new OrderApproval(r.getId(), r.getCompanyId(), r.getCustomerId(), r.getRequesterId(),
				r.getRequesterName(), r.getRequesterEmail(), r.getStoreSlug(), r.getStoreName(),
				List.copyOf(this.json.readValue(r.getLines().data(), LINES)), r.getShippingAddressId(), r.getNotes(),
				r.getPoNumber(), r.getTotalAtRequest(), r.getCurrency(), OrderApproval.Why.valueOf(r.getWhy()),
				OrderApproval.Status.valueOf(r.getStatus()), r.getLastFailure(), r.getDecidedByName(), r.getDecidedAt(),
				r.getRejectionReason(), r.getOrderId(), r.getCreatedAt());
	}

}
