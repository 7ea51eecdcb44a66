package app.distribu.identity.contact;

import java.util.UUID;

/** A company as its storefront shows it. */
record Store(UUID companyId, String name, String slug) {

}
