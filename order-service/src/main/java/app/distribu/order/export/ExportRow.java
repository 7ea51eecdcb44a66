package app.distribu.order.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import app.distribu.platform.web.CsvCells;

/** One order line with its order, as one CSV record. */
record ExportRow(long number, Instant createdAt, String status, String source, String customerId, String customerName,
		String poNumber, String notes, String currency, BigDecimal orderTotal, int lineNo, String sku,
		String productName, BigDecimal unitPrice, int quantity, BigDecimal lineTotal) {

	static final List<String> HEADER = List.of("order_number", "created_at", "status", "source", "customer_id",
			"customer_name", "po_number", "notes", "currency", "order_total", "line_no", "sku", "product_name",
			"unit_price", "quantity", "line_total");

	List<String> fields() {
		return List.of(String.valueOf(this.number), this.createdAt.toString(), this.status, this.source,
				this.customerId, nullToEmpty(CsvCells.neutralised(this.customerName)),
				nullToEmpty(CsvCells.neutralised(this.poNumber)), nullToEmpty(CsvCells.neutralised(this.notes)),
				this.currency, this.orderTotal.toPlainString(), String.valueOf(this.lineNo),
				CsvCells.neutralised(this.sku), CsvCells.neutralised(this.productName), this.unitPrice.toPlainString(),
				String.valueOf(this.quantity), this.lineTotal.toPlainString());
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
