package app.distribu.order.orderapproval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import app.distribu.order.ordering.OrderDesk;

/** A checkout waiting for (or decided by) an admin buyer of its customer. */
record OrderApproval(UUID id, UUID companyId, UUID customerId, UUID requesterId, String requesterName,
		String requesterEmail, String storeSlug, String storeName, List<ApprovalLine> lines, UUID shippingAddressId,
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
		return this.lines.stream().mapToInt(ApprovalLine::quantity).sum();
	}

	public String total() {
		return money(this.totalAtRequest);
	}

	/** An amount with the request's currency, as pages and mails show it. */
	public String money(BigDecimal amount) {
		return (amount != null) ? amount.setScale(2, RoundingMode.HALF_UP).toPlainString()
				+ ((this.currency != null) ? " " + this.currency : "") : "";
	}

	/** What the order desk places: SKUs and quantities (priced again when approved). */
	List<OrderDesk.Item> items() {
		return this.lines.stream().map(ApprovalLine::item).toList();
	}

}
