package app.distribu.catalog.productimport;

import app.distribu.platform.web.Unprocessable;

/**
 * The file as a whole can't be imported (not UTF-8, not CSV, wrong header); nothing was
 * written.
 */
class FileRefused extends Unprocessable {

	FileRefused(String message) {
		super(message);
	}

}
