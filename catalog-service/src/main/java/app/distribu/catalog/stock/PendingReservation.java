package app.distribu.catalog.stock;

import java.util.UUID;

record PendingReservation(UUID companyId, UUID orderId) {

}
