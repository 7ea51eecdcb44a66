package app.distribu.catalog.productimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.catalog.productimport.ImportProblems.FileTooLarge;
import app.distribu.catalog.productimport.ImportProblems.ImportNotFound;
import app.distribu.catalog.productimport.ImportProblems.ImportsBusy;
import app.distribu.catalog.productimport.ImportProblems.TooManyImports;

/** Starting imports and reading their results, always within one company. */
@Service
class ProductImports {

	private final ImportJobRepository jobs;

	private final ImportRunner runner;

	private final TaskExecutor executor;

	private final ImportProperties properties;

	ProductImports(ImportJobRepository jobs, ImportRunner runner, TaskExecutor productImportExecutor,
			ImportProperties properties) {
		this.jobs = jobs;
		this.runner = runner;
		this.executor = productImportExecutor;
		this.properties = properties;
	}

	/**
	 * Copies the upload to a temporary file (never into memory) and queues the job; the
	 * caller gets the job at once and follows its progress. A company may have only a few
	 * jobs waiting or running, so one company's uploads cannot fill the disk or hold up
	 * everybody else's imports.
	 */
	ImportJob start(UUID companyId, ImportMode mode, String fileName, InputStream upload) {
		int limit = this.properties.jobsPerCompany();
		if (this.jobs.unfinished(companyId) >= limit) {
			// Early, so a refused upload is not copied first.
			throw new TooManyImports(limit);
		}
		Path file = copyToWorkFile(upload);
		try {
			UUID id = UUID.randomUUID();
			if (!this.jobs.insertWithinLimit(companyId, id, mode, displayName(fileName), Files.size(file), limit)) {
				throw new TooManyImports(limit);
			}
			try {
				this.executor.execute(() -> this.runner.run(companyId, id, mode, file));
			}
			catch (TaskRejectedException full) {
				this.jobs.failed(id, "Too many imports were waiting on this server. Import the file again.");
				throw new ImportsBusy();
			}
			return job(companyId, id);
		}
		catch (IOException | RuntimeException ex) {
			deleteQuietly(file);
			throw (ex instanceof RuntimeException runtime) ? runtime : new UncheckedIOException((IOException) ex);
		}
	}

	ImportJob job(UUID companyId, UUID id) {
		return this.jobs.find(companyId, id).orElseThrow(() -> new ImportNotFound(id));
	}

	List<ImportJob> recent(UUID companyId) {
		return this.jobs.recent(companyId, 10);
	}

	List<CsvRow.Rejected> firstRejections(UUID companyId, UUID id, int limit) {
		return this.jobs.rejections(companyId, id, limit);
	}

	/** Every rejection of the company's job, streamed from the database. */
	@Transactional(readOnly = true)
	void eachRejection(UUID companyId, UUID id, Consumer<CsvRow.Rejected> consumer) {
		job(companyId, id);
		this.jobs.eachRejection(companyId, id, consumer);
	}

	private Path copyToWorkFile(InputStream upload) {
		long max = this.properties.maxFileSize().toBytes();
		Path file = null;
		try {
			Files.createDirectories(this.properties.workDir());
			file = Files.createTempFile(this.properties.workDir(), "product-import-", ".csv");
			try (upload; OutputStream out = Files.newOutputStream(file)) {
				byte[] buffer = new byte[64 * 1024];
				long total = 0;
				for (int n = upload.read(buffer); n >= 0; n = upload.read(buffer)) {
					total += n;
					if (total > max) {
						throw new FileTooLarge(this.properties.maxFileSize().toMegabytes());
					}
					out.write(buffer, 0, n);
				}
			}
			return file;
		}
		catch (IOException | RuntimeException ex) {
			deleteQuietly(file);
			throw (ex instanceof RuntimeException runtime) ? runtime : new UncheckedIOException((IOException) ex);
		}
	}

	private static String displayName(String fileName) {
		// Some browsers send the whole client path; only its last part is the name.
		String name = (fileName == null) ? ""
				: fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
					.replaceAll("\\p{Cntrl}", "")
					.strip();
		if (name.isEmpty()) {
			return "upload.csv";
		}
		return (name.length() > 200) ? name.substring(0, 200) : name;
	}

	private static void deleteQuietly(Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// A leftover temporary file is harmless; the job never started.
		}
	}

}
