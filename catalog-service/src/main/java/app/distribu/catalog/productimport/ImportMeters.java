package app.distribu.catalog.productimport;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;

/**
 * {@code distribu.imports.rows}: products CSV rows written; its rate is rows per second.
 */
final class ImportMeters {

	private ImportMeters() {
	}

	static void rows(int count) {
		Counter.builder("distribu.imports.rows")
			.description("CSV import rows written")
			.tag("kind", "products")
			.register(Metrics.globalRegistry)
			.increment(count);
	}

}
