package app.distribu.catalog.pricing;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import app.distribu.catalog.TeamOnly;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.web.Unprocessable;

/**
 * {@code /dashboard/products/price-overrides/import}: customer prices from a CSV file.
 * Such files are small (a row per customer and product), so they are read while the page
 * waits, with the results on the page that answers.
 */
@Controller
class OverrideImportPages {

	private static final String PAGE = "products/price-overrides-import";

	private final OverrideCsvImport importer;

	OverrideImportPages(OverrideCsvImport importer) {
		this.importer = importer;
	}

	@GetMapping("/dashboard/products/price-overrides/import")
	String form(@AuthenticationPrincipal DistribuPrincipal me, Model model) {
		TeamOnly.require(me);
		model.addAttribute("header", String.join(",", OverrideCsvImport.COLUMNS));
		return PAGE;
	}

	@PostMapping("/dashboard/products/price-overrides/import")
	String upload(@AuthenticationPrincipal DistribuPrincipal me, @RequestParam(required = false) MultipartFile file,
			Model model) throws IOException {
		TeamOnly.require(me);
		model.addAttribute("header", String.join(",", OverrideCsvImport.COLUMNS));
		if (file == null || file.isEmpty()) {
			model.addAttribute("error", "Choose a CSV file to import.");
			return PAGE;
		}
		try (InputStream in = file.getInputStream()) {
			model.addAttribute("result", this.importer.read(me.companyId(), in));
		}
		catch (Unprocessable refused) {
			model.addAttribute("error", refused.getMessage());
		}
		return PAGE;
	}

}
