package app.distribu.identity.dashboard;

import java.util.UUID;

record CompanySummary(UUID id, String name, String slug, String currency) {

}
