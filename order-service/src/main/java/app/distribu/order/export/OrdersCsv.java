package app.distribu.order.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import app.distribu.order.search.OrderFilter;

/** Writes a company's filtered orders as CSV, one batch of orders at a time. */
@Component
class OrdersCsv {

	private final ExportRows rows;

	OrdersCsv(ExportRows rows) {
		this.rows = rows;
	}

	void write(UUID companyId, OrderFilter filter, OutputStream out) throws IOException {
		Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		csv.write(CsvLine.of(ExportRow.HEADER));
		Long before = null;
		while (true) {
			List<ExportRow> batch = this.rows.batch(companyId, filter, before);
			for (ExportRow row : batch) {
				csv.write(CsvLine.of(row.fields()));
			}
			// Each batch goes out at once: the download starts and its progress shows.
			csv.flush();
			if (batch.isEmpty()) {
				return;
			}
			before = batch.get(batch.size() - 1).number();
		}
	}

}
