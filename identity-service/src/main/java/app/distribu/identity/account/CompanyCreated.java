package app.distribu.identity.account;

import java.util.UUID;

/** Data of the {@code company.created} event (docs/architecture.md). */
record CompanyCreated(UUID companyId, String name, String slug, String currency, UUID ownerUserId, String ownerEmail) {

	static final String TYPE = "company.created";

}
