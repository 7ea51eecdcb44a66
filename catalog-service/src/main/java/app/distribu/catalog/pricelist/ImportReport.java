package app.distribu.catalog.pricelist;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a price list file did: {@code set} products got the file's tiers, {@code removed}
 * lost their prices, {@code rejected} rows were refused (the first
 * {@link PriceListCsv#REJECTIONS_KEPT} are listed; line 1 is the header).
 */
record ImportReport(UUID id, UUID listId, String mode, int set, int removed, int rejected, List<Rejection> rejections,
		OffsetDateTime createdAt) {

	@Schema(name = "PriceImportRejection")
	record Rejection(long line, @Nullable String sku, String reason) {

	}

}
