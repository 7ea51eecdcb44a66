package app.distribu.catalog.stock;

import java.util.UUID;

record StoredReservation(UUID companyId, String response) {

}
