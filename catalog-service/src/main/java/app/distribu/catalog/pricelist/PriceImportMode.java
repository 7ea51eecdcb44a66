package app.distribu.catalog.pricelist;

import app.distribu.platform.web.Unprocessable;

/**
 * MERGE changes only the SKUs a file names; REPLACE also removes the prices of every
 * product the file does not name.
 */
enum PriceImportMode {

	MERGE, REPLACE;

	static PriceImportMode of(String mode) {
		if (mode == null || mode.isBlank() || "merge".equalsIgnoreCase(mode.trim())) {
			return MERGE;
		}
		if ("replace".equalsIgnoreCase(mode.trim())) {
			return REPLACE;
		}
		throw new Unprocessable("mode is merge or replace.");
	}

}
