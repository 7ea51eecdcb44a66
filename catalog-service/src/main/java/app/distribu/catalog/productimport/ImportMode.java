package app.distribu.catalog.productimport;

import java.util.Locale;

import org.springframework.http.HttpStatus;

import app.distribu.platform.web.DomainProblem;

/** Create-only (the default) rejects SKUs the store has; upsert updates them instead. */
enum ImportMode {

	CREATE_ONLY, UPSERT;

	/** {@code upsert} or {@code create-only} in any case; nothing means create-only. */
	static ImportMode of(String value) {
		if (value == null || value.isBlank()) {
			return CREATE_ONLY;
		}
		return switch (value.trim().toLowerCase(Locale.ROOT).replace('_', '-')) {
			case "create-only", "create" -> CREATE_ONLY;
			case "upsert" -> UPSERT;
			default -> throw new UnknownMode(value);
		};
	}

	static final class UnknownMode extends DomainProblem {

		UnknownMode(String value) {
			super(HttpStatus.BAD_REQUEST, "Unknown import mode",
					"Unknown mode \"" + value + "\": use create-only (the default) or upsert.");
		}

	}

}
