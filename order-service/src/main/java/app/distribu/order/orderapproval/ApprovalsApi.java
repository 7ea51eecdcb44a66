package app.distribu.order.orderapproval;

import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.distribu.order.ordering.ApiAccess;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.web.ListPage;
import app.distribu.platform.web.NotFound;
import app.distribu.platform.web.PageCursor;
import app.distribu.platform.web.PageLimit;

/**
 * {@code /api/v1/approvals}: the storefront's approval requests, read-only, under
 * {@code orders:read}. Approving and rejecting stay with the customer's admin buyers on
 * the storefront: the request is the buying business's own control, not the
 * distributor's.
 */
@RestController
@RequestMapping("/api/v1/approvals")
class ApprovalsApi {

	private final OrderApprovalRepository approvals;

	ApprovalsApi(OrderApprovalRepository approvals) {
		this.approvals = approvals;
	}

	/** Newest first; {@code status} and {@code customerId} narrow the list. */
	@GetMapping
	ListPage<ApprovalJson> list(@AuthenticationPrincipal DistribuPrincipal me,
			@RequestParam(required = false) UUID customerId,
			@RequestParam(required = false) OrderApproval.Status status, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String cursor) {
		ApiAccess.require(me, "orders:read");
		int size = PageLimit.of(limit);
		List<OrderApproval> page = this.approvals.page(me.companyId(), customerId, status, PageCursor.decode(cursor),
				size + 1);
		boolean more = page.size() > size;
		List<OrderApproval> shown = more ? page.subList(0, size) : page;
		OrderApproval last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
		return new ListPage<>(shown.stream().map(ApprovalJson::of).toList(), more,
				more ? new PageCursor(last.createdAt(), last.id()).encode() : null);
	}

	@GetMapping("/{approvalId}")
	ApprovalJson one(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID approvalId) {
		ApiAccess.require(me, "orders:read");
		return this.approvals.find(me.companyId(), approvalId)
			.map(ApprovalJson::of)
			.orElseThrow(() -> new NotFound("Approval request " + approvalId));
	}

}
