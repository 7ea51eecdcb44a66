package app.distribu.customer.invite;

import java.util.UUID;

/** Who a sign-in link is for. */
public record LinkRequest(UUID companyId, UUID customerId, UUID contactId, String email, String name) {

}
