package app.distribu.identity.support;

import java.util.UUID;

record CompanyHit(UUID id, String name, String slug) {

}
