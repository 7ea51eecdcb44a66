package app.distribu.catalog.productimport;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The API shape of an import job; {@code rejections} lists the first ones, in line order.
 */
record ImportJson(UUID id, @Schema(implementation = ImportJob.Status.class) String status, @Schema(allowableValues = {
		"create-only", "upsert" }) String mode, String fileName, int progress, int rowsRead, int created, int updated,
		int rejected, @Nullable String failure, OffsetDateTime createdAt, @Nullable OffsetDateTime finishedAt,
		List<Rejection> rejections){

	record Rejection(long line, @Nullable String sku, String reason) {
	}

	static ImportJson of(ImportJob job, List<CsvRow.Rejected> rejections) {
		return new ImportJson(job.id(), job.status().name(),
				job.mode().name().toLowerCase(Locale.ROOT).replace('_', '-'), job.fileName(), job.percent(),
				job.rowsRead(), job.created(), job.updated(), job.rejected(), job.failure(), job.createdAt(),
				job.finishedAt(),
				rejections.stream().map((r) -> new Rejection(r.line(), r.sku(), r.reason())).toList());
	}

}
