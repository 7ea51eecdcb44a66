package app.distribu.customer.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import app.distribu.customer.TeamOnly;
import app.distribu.customer.accounts.CustomerFilter;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.web.CsvCells;
import app.distribu.platform.web.NotFound;

/** The customers CSV: import with a per-row report, and export of the filtered list. */
@Controller
@RequestMapping("/dashboard/customers")
class CustomerCsvPages {

	private final CustomerCsvImport importer;

	private final CustomerCsvExport exporter;

	private final ImportReports reports;

	CustomerCsvPages(CustomerCsvImport importer, CustomerCsvExport exporter, ImportReports reports) {
		this.importer = importer;
		this.exporter = exporter;
		this.reports = reports;
	}

	@GetMapping("/import")
	String form(@AuthenticationPrincipal DistribuPrincipal me) {
		TeamOnly.require(me);
		return "customers/import";
	}

	@PostMapping("/import")
	String upload(@AuthenticationPrincipal DistribuPrincipal me, @RequestParam(required = false) MultipartFile file,
			Model model) throws IOException {
		TeamOnly.require(me);
		if (file == null || file.isEmpty()) {
			model.addAttribute("problem", "Choose a CSV file to import.");
			return "customers/import";
		}
		try (InputStream in = file.getInputStream()) {
			ImportResult result = this.importer.run(me.companyId(), in);
			// POST/redirect/GET: a reload shows the report, it does not import again.
			return "redirect:/dashboard/customers/import/" + this.reports.save(me.companyId(), result);
		}
		catch (BadCsv bad) {
			model.addAttribute("problem", bad.getMessage());
		}
		catch (UncheckedIOException | IllegalArgumentException unreadable) {
			// The header itself is unreadable (or names a column twice): nothing was
			// added.
			model.addAttribute("problem", "This file could not be read as CSV. Save it as CSV (UTF-8) and try again.");
		}
		return "customers/import";
	}

	@GetMapping("/import/{id}")
	String result(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, Model model)
			throws IOException {
		TeamOnly.require(me);
		ImportResult result = this.reports.find(me.companyId(), id)
			.orElseThrow(() -> new NotFound("Import report " + id));
		model.addAttribute("result", result);
		model.addAttribute("report", report(result));
		return "customers/import";
	}

	/** Streamed in pages, so a long list never sits in memory. */
	@GetMapping(value = "/export.csv")
	ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal DistribuPrincipal me,
			@RequestParam(required = false) String q, @RequestParam(required = false) String status) {
		TeamOnly.require(me);
		CustomerFilter filter = CustomerFilter.of(q, status);
		StreamingResponseBody body = (out) -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			this.exporter.write(me.companyId(), filter, writer);
			writer.flush();
		};
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"customers.csv\"")
			.body(body);
	}

	/** The rejected rows as CSV (line, name, email, reason), to fix and import again. */
	private static String report(ImportResult result) throws IOException {
		StringWriter text = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(text,
				CSVFormat.DEFAULT.builder().setHeader("line", "name", "email", "reason").get())) {
			for (ImportResult.RejectedRow row : result.rejected()) {
				csv.printRecord(row.line(), CsvCells.neutralised(row.name()), CsvCells.neutralised(row.email()),
						CsvCells.neutralised(row.reason()));
			}
		}
		return text.toString();
	}

}
