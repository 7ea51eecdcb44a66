package app.distribu.catalog.pricelist;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

import org.springframework.stereotype.Service;

import app.distribu.catalog.pricing.CsvHeader;
import app.distribu.platform.web.CsvCells;
import app.distribu.platform.web.Unprocessable;

/**
 * Price lists as CSV, one row per tier: {@code sku,min_quantity,price,percent_off}
 * ({@code min_quantity} may be left out: 1). A SKU's rows in a file become its tiers
 * whole, or none of them do; a SKU with one row that has neither a price nor a percentage
 * loses its prices. In replace mode the products the file does not name lose theirs too.
 * The whole file is read before anything is written, so a broken file changes nothing.
 */
@Service
class PriceListCsv {

	static final List<String> REQUIRED = List.of("sku", "price", "percent_off");

	static final List<String> EXPORTED = List.of("sku", "name", "min_quantity", "price", "percent_off",
			"catalog_price");

	static final int MAX_ROWS = 100_000;

	static final int REJECTIONS_KEPT = 1000;

	private static final int CHUNK = 200;

	private final PriceLists lists;

	private final ImportReports reports;

	PriceListCsv(PriceLists lists, ImportReports reports) {
		this.lists = lists;
		this.reports = reports;
	}

	ImportReport importFile(UUID companyId, UUID listId, InputStream in, PriceImportMode mode) {
		this.lists.get(companyId, listId);
		Map<String, List<Row>> bySku = read(in);
		Map<String, UUID> products = this.lists.productIds(companyId, bySku.keySet());
		List<ImportReport.Rejection> rejections = new ArrayList<>();
		Map<UUID, List<Tier>> prices = new LinkedHashMap<>();
		List<UUID> removals = new ArrayList<>();
		bySku.forEach((sku, rows) -> check(sku, rows, products.get(sku), prices, removals, rejections));
		int removed = write(companyId, listId, prices, removals);
		if (mode == PriceImportMode.REPLACE) {
			Set<UUID> named = new HashSet<>(products.values());
			removed += this.lists.removeAllExcept(companyId, listId, named);
		}
		rejections.sort((a, b) -> Long.compare(a.line(), b.line()));
		int rejected = rejections.size();
		List<ImportReport.Rejection> kept = rejections.subList(0, Math.min(rejected, REJECTIONS_KEPT));
		return this.reports.save(companyId, listId, mode.name(), prices.size(), removed, rejected, List.copyOf(kept));
	}

	/** Writes every row of the list, by SKU and quantity, UTF-8 with a BOM for Excel. */
	void export(UUID companyId, UUID listId, Writer out) throws IOException {
		this.lists.get(companyId, listId);
		out.write('\uFEFF');
		CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
		printer.printRecord(EXPORTED);
		this.lists.eachRow(companyId, listId, (sku, name, catalogPrice, tier) -> {
			try {
				printer.printRecord(CsvCells.neutralised(sku), CsvCells.neutralised(name), tier.minQuantity(),
						blank(tier.price()), blank(tier.percentOff()), catalogPrice.toPlainString());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		printer.flush();
	}

	private int write(UUID companyId, UUID listId, Map<UUID, List<Tier>> prices, List<UUID> removals) {
		int removed = 0;
		List<UUID> products = new ArrayList<>(prices.keySet());
		for (int from = 0; from < products.size(); from += CHUNK) {
			Map<UUID, List<Tier>> chunk = new LinkedHashMap<>();
			products.subList(from, Math.min(from + CHUNK, products.size()))
				.forEach((id) -> chunk.put(id, prices.get(id)));
			this.lists.write(companyId, listId, chunk, List.of());
		}
		for (int from = 0; from < removals.size(); from += CHUNK) {
			removed += this.lists.write(companyId, listId, Map.of(),
					removals.subList(from, Math.min(from + CHUNK, removals.size())));
		}
		return removed;
	}

	/**
	 * One SKU's rows: its tiers, its removal, or its rejections (all rows, with reasons).
	 */
	private static void check(String sku, List<Row> rows, UUID productId, Map<UUID, List<Tier>> prices,
			List<UUID> removals, List<ImportReport.Rejection> rejections) {
		if (sku.isEmpty()) {
			rows.forEach((row) -> rejections.add(new ImportReport.Rejection(row.line(), sku, "SKU is missing.")));
			return;
		}
		if (productId == null) {
			rows.forEach((row) -> rejections.add(new ImportReport.Rejection(row.line(), sku,
					"No product has the SKU " + sku + " (SKUs are case-sensitive).")));
			return;
		}
		if (rows.size() == 1 && rows.get(0).removes()) {
			removals.add(productId);
			return;
		}
		Map<Row, String> problems = new LinkedHashMap<>();
		Map<Integer, Long> quantities = new HashMap<>();
		List<Tier> tiers = new ArrayList<>();
		for (Row row : rows) {
			String problem = row.removes() ? "This line has no price or percentage off, but other lines price " + sku
					+ ". Fill it in or leave it out." : row.tier().problem();
			if (problem == null) {
				Tier tier = TierRules.tier(row.tier().input());
				Long first = quantities.putIfAbsent(tier.minQuantity(), row.line());
				if (first != null) {
					problem = "Minimum quantity " + tier.minQuantity() + " of " + sku + " is already on line " + first
							+ ".";
				}
				tiers.add(tier);
			}
			if (problem != null) {
				problems.put(row, problem);
			}
		}
		if (problems.isEmpty() && tiers.size() > TierRules.MAX_TIERS) {
			problems.put(rows.get(TierRules.MAX_TIERS), "At most " + TierRules.MAX_TIERS + " tiers per product.");
		}
		if (problems.isEmpty()) {
			tiers.sort((a, b) -> Integer.compare(a.minQuantity(), b.minQuantity()));
			prices.put(productId, tiers);
			return;
		}
		long firstBad = problems.keySet().iterator().next().line();
		for (Row row : rows) {
			String reason = problems.getOrDefault(row,
					"Not imported: line " + firstBad + " of the same SKU was rejected.");
			rejections.add(new ImportReport.Rejection(row.line(), sku, reason));
		}
	}

	/** Every row by SKU (trimmed), in file order; the header decides the columns. */
	private static Map<String, List<Row>> read(InputStream in) {
		Map<String, List<Row>> bySku = new LinkedHashMap<>();
		long rows = 0;
		try (CSVParser parser = CsvHeader.FORMAT.parse(utf8(in))) {
			Map<String, Integer> columns = null;
			for (CSVRecord record : parser) {
				if (columns == null) {
					columns = header(record);
					continue;
				}
				if (++rows > MAX_ROWS) {
					throw new Unprocessable("The file has more than " + MAX_ROWS
							+ " rows. Split it, and import the parts in merge mode.");
				}
				// PostgreSQL text can't hold NUL: such a file is broken, not a row.
				if (record.stream().anyMatch((value) -> value.indexOf('\0') >= 0)) {
					throw new Unprocessable("Row " + rows + " contains a NUL character. Remove it and import the "
							+ "file again. Nothing was imported.");
				}
				Row row = Row.of(record.getRecordNumber(), record, columns);
				bySku.computeIfAbsent(row.sku(), (sku) -> new ArrayList<>()).add(row);
			}
			if (columns == null) {
				throw new Unprocessable(
						"The file is empty. Its first line must be: sku,min_quantity,price,percent_off");
			}
		}
		catch (IOException | UncheckedIOException ex) {
			throw new Unprocessable("The file stopped being readable CSV after row " + (rows + 1)
					+ " (an unclosed quote, or not UTF-8). Nothing was imported.");
		}
		return bySku;
	}

	private static Map<String, Integer> header(CSVRecord record) {
		CsvHeader header = CsvHeader.of(record);
		List<String> missing = header.missing(REQUIRED);
		if (!missing.isEmpty()) {
			throw new Unprocessable("The header must name the columns sku, price and percent_off (min_quantity is "
					+ "optional); missing: " + String.join(", ", missing) + ". Nothing was imported.");
		}
		return header.columns();
	}

	/** UTF-8 with or without a byte order mark; anything else stops the file. */
	private static Reader utf8(InputStream in) throws IOException {
		return new InputStreamReader(BOMInputStream.builder().setInputStream(in).get(),
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT));
	}

	private static String blank(String value) {
		return (value != null) ? value : "";
	}

	/** One row as read. */
	private record Row(long line, String sku, TierText tier) {

		static Row of(long line, CSVRecord record, Map<String, Integer> columns) {
			return new Row(line, CsvCells.restored(field(record, columns, "sku")),
					new TierText(field(record, columns, "min_quantity"), field(record, columns, "price"),
							field(record, columns, "percent_off")));
		}

		boolean removes() {
			return this.tier.noPrice();
		}

		private static String field(CSVRecord record, Map<String, Integer> columns, String column) {
			Integer at = columns.get(column);
			return (at != null && at < record.size()) ? record.get(at).trim() : "";
		}

	}

}
