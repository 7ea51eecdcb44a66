package app.distribu.order.quote;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * catalog-service's prices for some lines; {@code problem} is why a line can't be
 * ordered.
 */
public record Quote(String currency, BigDecimal total, List<Line> lines) {

	public Optional<Line> line(String sku) {
		return this.lines.stream().filter((line) -> line.sku().equals(sku)).findFirst();
	}

	public boolean hasProblems() {
		return this.lines.stream().anyMatch((line) -> line.problem() != null);
	}

	public String money(BigDecimal amount) {
		return (amount != null) ? amount.toPlainString() + " " + this.currency : "—";
	}

	/** {@code priceRule}: why the unit price is what it is, as catalog words it. */
	public record Line(String sku, UUID productId, String name, BigDecimal unitPrice, int quantity,
			BigDecimal lineTotal, Integer stock, String problem, String priceRule, String priceList) {

	}

}
