package app.distribu.catalog.productimport;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where uploaded files wait for their job ({@code IMPORT_WORK_DIR}), the largest file
 * taken ({@code IMPORT_MAX_FILE_SIZE}), how many imports run at once per replica
 * ({@code IMPORT_CONCURRENT_JOBS}), how many may wait in a replica's queue
 * ({@code IMPORT_QUEUE}) and how many one company may have waiting or running at once
 * ({@code IMPORT_JOBS_PER_COMPANY}).
 */
@ConfigurationProperties("distribu.import")
record ImportProperties(Path workDir, DataSize maxFileSize, int concurrentJobs, int queue, int jobsPerCompany) {

	ImportProperties {
		workDir = (workDir != null) ? workDir : Path.of(System.getProperty("java.io.tmpdir"));
		maxFileSize = (maxFileSize != null) ? maxFileSize : DataSize.ofMegabytes(64);
		concurrentJobs = (concurrentJobs > 0) ? concurrentJobs : 2;
		queue = (queue > 0) ? queue : 100;
		jobsPerCompany = (jobsPerCompany > 0) ? jobsPerCompany : 3;
	}

}
