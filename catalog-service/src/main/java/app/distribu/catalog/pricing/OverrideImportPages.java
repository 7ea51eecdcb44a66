package app.distribu.catalog.pricing;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.distribu.catalog.TeamOnly;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.web.NotFound;
import app.distribu.platform.web.Unprocessable;

/**
 * {@code /dashboard/products/price-overrides/import}: customer prices from a CSV file.
 * Such files are small (a row per customer and product), so they are read while the page
 * waits; the browser is then sent to the kept report.
 */
@Controller
class OverrideImportPages {

	private static final String PAGE = "products/price-overrides-import";

	private final OverrideCsvImport importer;

	private final OverrideImportReports reports;

	OverrideImportPages(OverrideCsvImport importer, OverrideImportReports reports) {
		this.importer = importer;
		this.reports = reports;
	}

	@GetMapping("/dashboard/products/price-overrides/import")
	String form(@AuthenticationPrincipal DistribuPrincipal me, Model model) {
		TeamOnly.require(me);
		model.addAttribute("header", String.join(",", OverrideCsvImport.COLUMNS));
		return PAGE;
	}

	/**
	 * POST/redirect/GET: the report is kept and the browser sent to it, so a reload shows
	 * it again instead of importing twice.
	 */
	@PostMapping("/dashboard/products/price-overrides/import")
	String upload(@AuthenticationPrincipal DistribuPrincipal me, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		TeamOnly.require(me);
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("error", "Choose a CSV file to import.");
			return "redirect:/dashboard/products/price-overrides/import";
		}
		try (InputStream in = file.getInputStream()) {
			OverrideImportResult result = this.importer.read(me.companyId(), in);
			return "redirect:/dashboard/products/price-overrides/import/" + this.reports.save(me.companyId(), result);
		}
		catch (Unprocessable refused) {
			redirect.addFlashAttribute("error", refused.getMessage());
			return "redirect:/dashboard/products/price-overrides/import";
		}
	}

	@GetMapping("/dashboard/products/price-overrides/import/{id}")
	String report(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, Model model) {
		TeamOnly.require(me);
		model.addAttribute("header", String.join(",", OverrideCsvImport.COLUMNS));
		model.addAttribute("result",
				this.reports.find(me.companyId(), id).orElseThrow(() -> new NotFound("Import report " + id)));
		return PAGE;
	}

}
