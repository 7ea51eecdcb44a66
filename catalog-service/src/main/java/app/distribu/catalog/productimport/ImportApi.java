package app.distribu.catalog.productimport;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.NotPermitted;
import app.distribu.platform.security.PrincipalKind;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;

/**
 * {@code POST /api/v1/products/import} takes the CSV as the raw request body
 * ({@code text/csv}) and answers 202 with the job to poll.
 */
@RestController
@RequestMapping("/api/v1/products")
class ImportApi {

	static final int REJECTIONS_LISTED = 1000;

	private final ProductImports imports;

	ImportApi(ProductImports imports) {
		this.imports = imports;
	}

	@ApiResponse(responseCode = "202", description = "The import is queued; poll the job named in Location.",
			content = @Content(schema = @Schema(implementation = ImportJson.class)))
	@ApiResponse(responseCode = "503", description = "Imports are busy; try again in a minute.")
	@RequestBody(required = true, description = "The products CSV file, as the raw body.",
			content = { @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
					@Content(mediaType = "application/csv", schema = @Schema(type = "string")),
					@Content(mediaType = "text/plain", schema = @Schema(type = "string")) })
	@PostMapping(path = "/import", consumes = { "text/csv", "application/csv", "text/plain" })
	ResponseEntity<ImportJson> start(@AuthenticationPrincipal DistribuPrincipal me,
			@RequestParam(required = false) String mode, HttpServletRequest request) throws IOException {
		requireWriter(me);
		ImportJob job = this.imports.start(me.companyId(), ImportMode.of(mode), "api-upload.csv",
				request.getInputStream());
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/products/imports/" + job.id()))
			.body(ImportJson.of(job, List.of()));
	}

	@GetMapping("/imports/{id}")
	ImportJson job(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id) {
		requireWriter(me);
		ImportJob job = this.imports.job(me.companyId(), id);
		return ImportJson.of(job, this.imports.firstRejections(me.companyId(), id, REJECTIONS_LISTED));
	}

	@GetMapping("/imports/{id}/rejections.csv")
	@ApiResponse(responseCode = "200", description = "Every rejected line with its reason.",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	void report(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, HttpServletResponse response)
			throws IOException {
		requireWriter(me);
		RejectionReport.write(this.imports, me.companyId(), id, response);
	}

	private static void requireWriter(DistribuPrincipal me) {
		me.requireScope("products:write");
		if (me.kind() == PrincipalKind.CONTACT) {
			throw new NotPermitted();
		}
	}

}
