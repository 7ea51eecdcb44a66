package app.distribu.order.orderapproval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import app.distribu.platform.web.apidocs.Money;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An approval request as staff's API shows it: who asked, the lines with the names and
 * prices when it was asked for ({@code name}/{@code unitPrice} null on requests from
 * before those were kept), why it waits and what was decided. {@code orderId}: the order
 * an approval placed.
 */
@Schema(name = "ApprovalRequest")
record ApprovalJson(String id, String customerId, @Schema(allowableValues = {
		"PENDING", "APPROVING", "APPROVED", "REJECTED" }) String status,
		@Schema(allowableValues = { "REQUESTER", "OVER_THRESHOLD" }) String why, Requester requester, List<Line> lines,
		@Money String totalAtRequest, @Nullable String currency, String poNumber, String notes,
		@Nullable String lastFailure, @Nullable String decidedBy, @Nullable Instant decidedAt,
		@Nullable String rejectionReason, @Nullable String orderId, Instant createdAt){

	static ApprovalJson of(OrderApproval approval) {
		return new ApprovalJson(approval.id().toString(), approval.customerId().toString(), approval.status().name(),
				approval.why().name(),
				new Requester(approval.requesterId().toString(), approval.requesterName(), approval.requesterEmail()),
				approval.lines()
					.stream()
					.map((line) -> new Line(line.sku(), line.name(), line.quantity(), money(line.unitPrice()),
							money(line.lineTotal())))
					.toList(),
				money(approval.totalAtRequest()), approval.currency(), approval.poNumber(), approval.notes(),
				approval.lastFailure(), approval.decidedByName(),
				(approval.decidedAt() != null) ? approval.decidedAt().toInstant() : null, approval.rejectionReason(),
				(approval.orderId() != null) ? approval.orderId().toString() : null, approval.createdAt().toInstant());
	}

	private static String money(BigDecimal amount) {
		return (amount != null) ? amount.setScale(2, RoundingMode.HALF_UP).toPlainString() : null;
	}

	/** The customer's contact who checked out. */
	@Schema(name = "ApprovalRequester")
	record Requester(String contactId, String name, String email) {

	}

	@Schema(name = "ApprovalLine")
	record Line(String sku, @Nullable String name, int quantity, @Nullable @Money String unitPrice,
			@Nullable @Money String lineTotal) {

	}

}
