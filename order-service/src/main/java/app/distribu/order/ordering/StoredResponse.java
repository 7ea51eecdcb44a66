package app.distribu.order.ordering;

/** The first answer given to an idempotent request, replayed as it was. */
record StoredResponse(String requestHash, int status, String body) {

}
