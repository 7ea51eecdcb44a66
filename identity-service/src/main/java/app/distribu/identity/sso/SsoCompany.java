package app.distribu.identity.sso;

import java.util.UUID;

/**
 * A company as the SSO pages need it; {@code enterprise} comes from the plan read model.
 */
record SsoCompany(UUID id, String name, String slug, boolean enterprise) {

}
