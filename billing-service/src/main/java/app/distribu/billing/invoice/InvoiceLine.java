package app.distribu.billing.invoice;

/** One line of an invoice; credits are negative. */
public record InvoiceLine(String description, long amountCents) {

}
