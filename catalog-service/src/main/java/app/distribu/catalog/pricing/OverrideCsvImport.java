package app.distribu.catalog.pricing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

import org.springframework.stereotype.Service;

import app.distribu.platform.web.CsvSyntax;
import app.distribu.platform.web.Unprocessable;

/**
 * Customer prices by CSV ({@code sku,customer_email,price}): each row sets one customer's
 * price for one product, or removes it when the price is empty. Each row is one
 * statement, so it lands whole or not at all, and a bad row never stops the others.
 */
@Service
class OverrideCsvImport {

	static final List<String> COLUMNS = List.of("sku", "customer_email", "price");

	static final int REJECTIONS_SHOWN = 200;

	private final Customers customers;

	private final PriceOverrides overrides;

	OverrideCsvImport(Customers customers, PriceOverrides overrides) {
		this.customers = customers;
		this.overrides = overrides;
	}

	OverrideImportResult read(UUID companyId, InputStream in) {
		OverrideImportResult result = new OverrideImportResult();
		try (CSVParser parser = CsvHeader.FORMAT.parse(utf8(in))) {
			Map<String, Integer> columns = null;
			for (CSVRecord record : parser) {
				if (columns == null) {
					columns = header(record);
					continue;
				}
				apply(companyId, record, columns, result);
			}
			if (columns == null) {
				throw new Unprocessable("The file is empty. Its first line must be: " + String.join(",", COLUMNS));
			}
		}
		catch (IOException | UncheckedIOException ex) {
			result.stoppedAt(((ex.getCause() instanceof CharacterCodingException)
					? "The file isn't UTF-8 text after row " + result.rows()
							+ ". In Excel choose Save As → “CSV UTF-8 (Comma delimited)”."
					: CsvSyntax.explain(ex, result.rows() + 1)) + " The rows before it were imported.");
		}
		return result;
	}

	private void apply(UUID companyId, CSVRecord record, Map<String, Integer> columns, OverrideImportResult result) {
		long row = record.getRecordNumber();
		String sku = field(record, columns, "sku");
		String email = field(record, columns, "customer_email");
		String price = field(record, columns, "price");
		if (sku.isEmpty()) {
			result.rejected(row, sku, email, "SKU is missing.");
			return;
		}
		Optional<UUID> product = this.overrides.productId(companyId, sku);
		if (product.isEmpty()) {
			result.rejected(row, sku, email, "No product has the SKU " + sku + " (SKUs are case-sensitive).");
			return;
		}
		if (email.isEmpty()) {
			result.rejected(row, sku, email, "Customer email is missing.");
			return;
		}
		Optional<UUID> customer = this.customers.byEmail(companyId, email);
		if (customer.isEmpty()) {
			result.rejected(row, sku, email, "No customer has the email " + email + ".");
			return;
		}
		if (price.isEmpty()) {
			this.overrides.delete(companyId, product.get(), customer.get());
			result.removed();
			return;
		}
		String problem = priceProblem(price);
		if (problem != null) {
			result.rejected(row, sku, email, problem);
			return;
		}
		this.overrides.put(companyId, product.get(), customer.get(), new BigDecimal(price));
		result.set();
	}

	/** The same rules as the product page's customer price form. */
	static String priceProblem(String price) {
		BigDecimal value;
		try {
			value = new BigDecimal(price);
		}
		catch (NumberFormatException ex) {
			return "Price must be a number like 12.50 (with a dot), not " + price + ".";
		}
		if (value.signum() < 0) {
			return "Price can't be negative.";
		}
		if (value.stripTrailingZeros().scale() > 2) {
			return "Price must have at most 2 decimals, like 12.50.";
		}
		// The column holds 10 digits before the point, like the API's price.
		if (value.precision() - value.scale() > 10) {
			return "Price must be less than 10,000,000,000.";
		}
		return null;
	}

	private static Map<String, Integer> header(CSVRecord record) {
		CsvHeader header = CsvHeader.of(record);
		List<String> missing = header.missing(COLUMNS);
		if (!missing.isEmpty()) {
			throw new Unprocessable("The header must name the columns " + String.join(",", COLUMNS) + "; missing: "
					+ String.join(", ", missing) + ".");
		}
		return header.columns();
	}

	private static String field(CSVRecord record, Map<String, Integer> columns, String column) {
		int at = columns.get(column);
		return (at < record.size()) ? record.get(at).trim() : "";
	}

	/** UTF-8 with or without a byte order mark; anything else stops the file. */
	private static Reader utf8(InputStream in) throws IOException {
		return new InputStreamReader(BOMInputStream.builder().setInputStream(in).get(),
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT));
	}

}
