package app.distribu.order.customer;

import java.util.UUID;

/** What order-service knows of a customer. {@code name} may be unknown until seen. */
public record CustomerRef(UUID id, UUID companyId, String name, String status) {

	public boolean isBlocked() {
		return "BLOCKED".equals(this.status);
	}

}
