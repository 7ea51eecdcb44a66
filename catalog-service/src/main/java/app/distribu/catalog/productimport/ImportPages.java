package app.distribu.catalog.productimport;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

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

import app.distribu.catalog.TeamOnly;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.web.DomainProblem;

/**
 * The dashboard's products CSV import: upload with a mode, then a page that refreshes
 * itself (a plain {@code Refresh} header, no script) until the job has finished.
 */
@Controller
@RequestMapping("/dashboard/products/import")
class ImportPages {

	static final int REJECTIONS_SHOWN = 200;

	private final ProductImports imports;

	ImportPages(ProductImports imports) {
		this.imports = imports;
	}

	@GetMapping
	String form(@AuthenticationPrincipal DistribuPrincipal me, Model model) {
		TeamOnly.require(me);
		return form(me, model, null, ImportMode.CREATE_ONLY);
	}

	@PostMapping
	String upload(@AuthenticationPrincipal DistribuPrincipal me,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "mode", required = false) String mode, Model model) throws IOException {
		TeamOnly.require(me);
		ImportMode chosen = ImportMode.of(mode);
		if (file == null || file.isEmpty()) {
			return form(me, model, "Choose a CSV file to import.", chosen);
		}
		try {
			ImportJob job = this.imports.start(me.companyId(), chosen, file.getOriginalFilename(),
					file.getInputStream());
			return "redirect:/dashboard/products/import/" + job.id();
		}
		catch (DomainProblem problem) {
			return form(me, model, problem.getMessage(), chosen);
		}
	}

	/** A file to start from, with the header and one example row. */
	@GetMapping("/template.csv")
	ResponseEntity<String> template(@AuthenticationPrincipal DistribuPrincipal me) {
		TeamOnly.require(me);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"products-template.csv\"")
			.body("\uFEFF" + Column.HEADER + "\r\nWDG-001,Widget,\"Zinc, 40 mm\",Hardware,12.50,100,true\r\n");
	}

	@GetMapping("/{id}")
	String job(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, Model model,
			HttpServletResponse response) {
		TeamOnly.require(me);
		ImportJob job = this.imports.job(me.companyId(), id);
		if (!job.finished()) {
			response.setHeader("Refresh", "1");
		}
		model.addAttribute("job", job);
		model.addAttribute("rejections", this.imports.firstRejections(me.companyId(), id, REJECTIONS_SHOWN));
		model.addAttribute("shownLimit", REJECTIONS_SHOWN);
		return "products/import-job";
	}

	@GetMapping("/{id}/rejections.csv")
	void report(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, HttpServletResponse response)
			throws IOException {
		TeamOnly.require(me);
		RejectionReport.write(this.imports, me.companyId(), id, response);
	}

	private String form(DistribuPrincipal me, Model model, String error, ImportMode mode) {
		model.addAttribute("error", error);
		model.addAttribute("mode", mode);
		model.addAttribute("header", Column.HEADER);
		model.addAttribute("recent", this.imports.recent(me.companyId()));
		return "products/import";
	}

}
