package app.distribu.billing.support;

import java.util.Map;
import java.util.UUID;

/** What a support action changed, for identity's audit log (before and after). */
record SupportResult(UUID actionId, UUID companyId, UUID invoiceId, Map<String, Object> before,
		Map<String, Object> after) {

}
