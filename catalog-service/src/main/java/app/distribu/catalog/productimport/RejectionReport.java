package app.distribu.catalog.productimport;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import app.distribu.platform.web.CsvCells;

/**
 * The rejected rows as a CSV file ({@code line,sku,reason}), streamed. It starts with a
 * byte order mark so Excel opens it as UTF-8; a SKU typed like a formula stays text.
 */
final class RejectionReport {

	private RejectionReport() {
	}

	static void write(ProductImports imports, UUID companyId, UUID jobId, HttpServletResponse response)
			throws IOException {
		imports.job(companyId, jobId);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("import-" + jobId + "-rejected.csv").build().toString());
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		out.write('\uFEFF');
		CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("line", "sku", "reason").get());
		imports.eachRejection(companyId, jobId, (rejected) -> {
			try {
				csv.printRecord(rejected.line(), CsvCells.neutralised(rejected.sku()),
						CsvCells.neutralised(rejected.reason()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		csv.flush();
	}

}
