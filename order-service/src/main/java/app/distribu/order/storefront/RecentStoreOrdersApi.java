package app.distribu.order.storefront;

import java.time.Instant;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.distribu.platform.security.DistribuAuthentication;
import app.distribu.platform.security.NotPermitted;

/**
 * The latest orders of the signed-in contact's customer, for the storefront account page
 * (customer-service, with the contact's token):
 * {@code GET /internal/store/orders?limit=5}.
 */
@RestController
class RecentStoreOrdersApi {

	private final StoreOrderRows rows;

	RecentStoreOrdersApi(StoreOrderRows rows) {
		this.rows = rows;
	}

	@GetMapping("/internal/store/orders")
	List<RecentOrder> recent(Authentication auth, @RequestParam(defaultValue = "5") int limit) {
		if (!(auth instanceof DistribuAuthentication token) || token.getPrincipal().companySlug() == null) {
			throw new NotPermitted();
		}
		StoreSession session;
		try {
			session = StoreSession.require(auth, token.getPrincipal().companySlug());
		}
		catch (StoreSignInNeeded notAContact) {
			throw new NotPermitted();
		}
		int size = Math.min(Math.max(limit, 1), 20);
		List<StoreOrderRows.Row> found = this.rows.newest(session, null, size);
		return found.subList(0, Math.min(found.size(), size)).stream().map(RecentOrder::of).toList();
	}

	/** Money as a decimal string, like the public API. */
	record RecentOrder(String id, long number, String status, String total, String currency, Instant createdAt) {

		static RecentOrder of(StoreOrderRows.Row row) {
			return new RecentOrder(row.id().toString(), row.number(), row.status(), row.total().toPlainString(),
					row.currency(), row.createdAt());
		}

	}

}
