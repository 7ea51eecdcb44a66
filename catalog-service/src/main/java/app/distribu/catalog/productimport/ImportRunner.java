package app.distribu.catalog.productimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Runs one import from its temporary file: a first pass reads the whole file without
 * writing, so a file that is not UTF-8 CSV with the right header is refused before
 * anything is written; the second pass writes the rows in chunks and counts progress.
 */
@Component
class ImportRunner {

	static final int CHUNK_SIZE = 500;

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private final ImportJobRepository jobs;

	private final ImportWriter writer;

	ImportRunner(ImportJobRepository jobs, ImportWriter writer) {
		this.jobs = jobs;
		this.writer = writer;
	}

	/** Never throws: every outcome ends up in the job. Deletes the file. */
	void run(UUID companyId, UUID jobId, ImportMode mode, Path file) {
		try {
			this.jobs.running(jobId);
			readThrough(file);
			writeRows(companyId, jobId, mode, file);
			this.jobs.done(jobId);
		}
		catch (FileRefused refused) {
			this.jobs.failed(jobId, refused.getMessage());
		}
		catch (IOException | RuntimeException ex) {
			log.error("Import {} stopped", jobId, ex);
			this.jobs.failed(jobId, "The import stopped unexpectedly. The rows counted above were saved; "
					+ "import the file again in upsert mode to finish it.");
		}
		finally {
			deleteQuietly(file);
		}
	}

	private static void readThrough(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file); ProductsCsv csv = ProductsCsv.open(in)) {
			while (csv.next() != null) {
				// Only reading: the check is whether every record can be read.
			}
		}
	}

	private void writeRows(UUID companyId, UUID jobId, ImportMode mode, Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file); ProductsCsv csv = ProductsCsv.open(in)) {
			List<CsvRow> chunk = new ArrayList<>(CHUNK_SIZE);
			for (CsvRow row = csv.next(); row != null; row = csv.next()) {
				chunk.add(row);
				if (chunk.size() == CHUNK_SIZE) {
					this.writer.write(companyId, jobId, mode, chunk, csv.bytesRead());
					ImportMeters.rows(chunk.size());
					chunk = new ArrayList<>(CHUNK_SIZE);
				}
			}
			if (!chunk.isEmpty()) {
				this.writer.write(companyId, jobId, mode, chunk, csv.bytesRead());
				ImportMeters.rows(chunk.size());
			}
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete the import file {}", file, ex);
		}
	}

}
