package app.distribu.catalog.productimport;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import app.distribu.platform.web.DomainProblem;
import app.distribu.platform.web.NotFound;

/** The named failures of the import feature. */
final class ImportProblems {

	private ImportProblems() {
	}

	static final class ImportNotFound extends NotFound {

		ImportNotFound(UUID id) {
			super("Import " + id);
		}

	}

	static final class FileTooLarge extends DomainProblem {

		FileTooLarge(long maxMegabytes) {
			super(HttpStatus.CONTENT_TOO_LARGE, "File too large", "The file is larger than " + maxMegabytes
					+ " MB. Split it into smaller files and import them one after the other.");
		}

	}

	static final class TooManyImports extends DomainProblem {

		TooManyImports(int limit) {
			super(HttpStatus.TOO_MANY_REQUESTS, "Too many imports", "You already have " + limit
					+ " imports waiting or running. Wait until one has finished, then import this file.");
		}

	}

	static final class ImportsBusy extends DomainProblem {

		ImportsBusy() {
			super(HttpStatus.SERVICE_UNAVAILABLE, "Imports busy",
					"Too many imports are waiting right now. Try again in a few minutes.");
		}

	}

	static final class NoFile extends DomainProblem {

		NoFile() {
			super(HttpStatus.BAD_REQUEST, "No file", "Choose a CSV file to import.");
		}

	}

}
