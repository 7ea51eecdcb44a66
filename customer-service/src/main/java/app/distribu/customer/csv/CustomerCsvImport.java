package app.distribu.customer.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

import org.springframework.stereotype.Service;

import app.distribu.customer.accounts.Customers;
import app.distribu.customer.accounts.DuplicateEmail;
import app.distribu.customer.accounts.NewCustomer;
import app.distribu.platform.web.CsvCells;
import app.distribu.platform.web.CsvSyntax;

/**
 * Reads {@code name,email,phone,credit_limit,status} row by row from the upload stream.
 * Each good row is added in its own transaction (with its {@code customer.created}); a
 * bad row is reported with its line number and never stops the others.
 */
@Service
class CustomerCsvImport {

	static final List<String> COLUMNS = List.of("name", "email", "phone", "credit_limit", "status");

	private final Customers customers;

	private final Validator validator;

	CustomerCsvImport(Customers customers, Validator validator) {
		this.customers = customers;
		this.validator = validator;
	}

	ImportResult run(UUID companyId, InputStream upload) throws IOException {
		Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(upload).get(),
				StandardCharsets.UTF_8);
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreHeaderCase(true)
			.setIgnoreSurroundingSpaces(true)
			.setIgnoreEmptyLines(true)
			.get();
		CSVParser parser;
		try {
			// Reads the header: an unclosed quote in it is a file we cannot read at all.
			parser = CSVParser.builder().setReader(reader).setFormat(format).get();
		}
		catch (IOException | UncheckedIOException unreadable) {
			throw new BadCsv("This file could not be read as CSV. Save it as CSV (UTF-8) and try again.");
		}
		try (CSVParser csv = parser) {
			List<String> header = csv.getHeaderNames().stream().map((name) -> name.trim().toLowerCase()).toList();
			if (!header.containsAll(List.of("name", "email"))) {
				throw new BadCsv("The first line must name the columns: " + String.join(",", COLUMNS) + ".");
			}
			int added = 0;
			List<ImportResult.RejectedRow> rejected = new ArrayList<>();
			// Lines consumed so far: the next record starts on the line after them.
			long consumed = csv.getCurrentLineNumber();
			Iterator<CSVRecord> rows = csv.iterator();
			while (true) {
				CSVRecord row;
				try {
					if (!rows.hasNext()) {
						break;
					}
					row = rows.next();
				}
				catch (UncheckedIOException unreadable) {
					// An unclosed quote swallows the rest of the file: the rows before it
					// stay imported, and the report says where reading stopped.
					rejected.add(new ImportResult.RejectedRow(consumed + 1, "", "",
							CsvSyntax.explain(unreadable, consumed + 1) + " The file could not be read from here on, "
									+ "so rows after this line were not imported."));
					break;
				}
				long line = consumed + 1;
				consumed = csv.getCurrentLineNumber();
				String problem = add(companyId, row);
				if (problem == null) {
					added++;
				}
				else {
					rejected.add(new ImportResult.RejectedRow(line, value(row, "name"), value(row, "email"), problem));
				}
			}
			return new ImportResult(added, rejected);
		}
	}

	/** Adds the row, or says why not. */
	private String add(UUID companyId, CSVRecord row) {
		if (!row.isConsistent()) {
			return "Expected " + row.getParser().getHeaderNames().size() + " columns, found " + row.size() + ".";
		}
		BigDecimal creditLimit;
		try {
			String limit = value(row, "credit_limit");
			creditLimit = limit.isEmpty() ? null : new BigDecimal(limit);
		}
		catch (NumberFormatException ex) {
			return "Credit limit must be a number, like 5000.00.";
		}
		String status = value(row, "status").toUpperCase();
		NewCustomer command = new NewCustomer(value(row, "name"), value(row, "email"), value(row, "phone"), creditLimit,
				status.isEmpty() ? null : status, null);
		Set<ConstraintViolation<NewCustomer>> violations = this.validator.validate(command);
		if (!violations.isEmpty()) {
			return violations.stream()
				.map(ConstraintViolation::getMessage)
				.sorted()
				.reduce((a, b) -> a + " " + b)
				.orElseThrow();
		}
		try {
			this.customers.addCustomer(companyId, command);
			return null;
		}
		catch (DuplicateEmail duplicate) {
			return duplicate.getMessage();
		}
	}

	private static String value(CSVRecord row, String column) {
		// Our own export neutralises formula-like text; a re-imported file gets it back.
		return (row.isMapped(column) && row.isSet(column)) ? CsvCells.restored(row.get(column).trim()) : "";
	}

}
