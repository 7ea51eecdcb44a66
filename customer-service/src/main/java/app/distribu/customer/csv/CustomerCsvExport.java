package app.distribu.customer.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.stereotype.Service;

import app.distribu.customer.accounts.Customer;
import app.distribu.customer.accounts.CustomerFilter;
import app.distribu.customer.accounts.Customers;
import app.distribu.platform.web.CsvCells;
import app.distribu.platform.web.PageCursor;

/**
 * Writes the customers matching a filter in the import's five columns, so an export can
 * be edited and imported elsewhere. Reads 500 rows at a time. Text that starts like a
 * spreadsheet formula is neutralised ({@link CsvCells}); the import restores it.
 */
@Service
class CustomerCsvExport {

	private static final int CHUNK = 500;

	private final Customers customers;

	CustomerCsvExport(Customers customers) {
		this.customers = customers;
	}

	void write(UUID companyId, CustomerFilter filter, Writer out) throws IOException {
		CSVPrinter csv = new CSVPrinter(out,
				CSVFormat.DEFAULT.builder().setHeader(CustomerCsvImport.COLUMNS.toArray(String[]::new)).get());
		PageCursor after = null;
		List<Customer> chunk;
		do {
			chunk = this.customers.exportChunk(companyId, after, CHUNK, filter);
			for (Customer customer : chunk) {
				csv.printRecord(CsvCells.neutralised(customer.name()), CsvCells.neutralised(customer.email()),
						CsvCells.neutralised(customer.phone()),
						(customer.creditLimit() != null) ? customer.creditLimit().toPlainString() : null,
						customer.status().name());
			}
			csv.flush();
			if (!chunk.isEmpty()) {
				Customer last = chunk.get(chunk.size() - 1);
				after = new PageCursor(last.createdAt(), last.id());
			}
		}
		while (chunk.size() == CHUNK);
	}

}
