package app.distribu.order.orderapproval;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import app.distribu.order.ordering.OrderDesk;

/** A checkout waiting for (or decided by) an admin buyer of its customer. */
record OrderApproval(UUID id, UUID companyId, UUID customerId, UUID requesterId, String requesterName,
		String requesterEmail, String storeSlug, String storeName, List<OrderDesk.Item> lines, UUID shippingAddressId,
		String notes, String poNumber, BigDecimal totalAtRequest, String currency, Why why, Status status,
		String lastFailure, String decidedByName, OffsetDateTime decidedAt, String rejectionReason, UUID orderId,
		OffsetDateTime createdAt) {

	enum Why {

		REQUESTER, OVER_THRESHOLD

	}

	enum Status {

		PENDING("Waiting for approval"), APPROVING("Being approved"), APPROVED("Approved"), REJECTED("Rejected");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	public boolean isOpen() {
		return this.status == Status.PENDING || this.status == Status.APPROVING;
	}

	public int units() {
		return this.lines.stream().mapToInt(OrderDesk.Item::quantity).sum();
	}

	public String total() {
		return this.totalAtRequest.toPlainString() + ((this.currency != null) ? " " + this.currency : "");
	}

}
