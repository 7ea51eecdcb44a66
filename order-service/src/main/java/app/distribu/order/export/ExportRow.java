package app.distribu.order.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import app.distribu.order.ordering.PaymentTerms;
import app.distribu.platform.web.CsvCells;

/**
 * One order line with its order, as one CSV record. The payment and price-rule columns
 * came later, so they are last: files read by position keep working.
 */
record ExportRow(long number, Instant createdAt, String status, String source, String customerId, String customerName,
		String poNumber, String notes, String currency, BigDecimal orderTotal, int lineNo, String sku,
		String productName, BigDecimal unitPrice, int quantity, BigDecimal lineTotal, String paymentTerms,
		Instant paidAt, String priceRule) {

	static final List<String> HEADER = List.of("order_number", "created_at", "status", "source", "customer_id",
			"customer_name", "po_number", "notes", "currency", "order_total", "line_no", "sku", "product_name",
			"unit_price", "quantity", "line_total", "payment_terms", "payment_due", "paid_at", "price_rule");

	List<String> fields() {
		return List.of(String.valueOf(this.number), this.createdAt.toString(), this.status, this.source,
				this.customerId, nullToEmpty(CsvCells.neutralised(this.customerName)),
				nullToEmpty(CsvCells.neutralised(this.poNumber)), nullToEmpty(CsvCells.neutralised(this.notes)),
				this.currency, this.orderTotal.toPlainString(), String.valueOf(this.lineNo),
				CsvCells.neutralised(this.sku), CsvCells.neutralised(this.productName), this.unitPrice.toPlainString(),
				String.valueOf(this.quantity), this.lineTotal.toPlainString(), nullToEmpty(this.paymentTerms),
				nullToEmpty(paymentDue()), (this.paidAt != null) ? this.paidAt.toString() : "",
				nullToEmpty(CsvCells.neutralised(this.priceRule)));
	}

	/** Net terms' due date (ISO), else empty. */
	private String paymentDue() {
		PaymentTerms terms = PaymentTerms.of(this.paymentTerms);
		LocalDate due = (terms != null) ? terms.due(this.createdAt) : null;
		return (due != null) ? due.toString() : null;
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
