package app.distribu.catalog.productimport;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where uploaded files wait for their job ({@code IMPORT_WORK_DIR}), the largest file
 * taken ({@code IMPORT_MAX_FILE_SIZE}) and how many imports run at once per replica.
 */
@ConfigurationProperties("distribu.import")
record ImportProperties(Path workDir, DataSize maxFileSize, int concurrentJobs) {

	ImportProperties {
		workDir = (workDir != null) ? workDir : Path.of(System.getProperty("java.io.tmpdir"));
		maxFileSize = (maxFileSize != null) ? maxFileSize : DataSize.ofMegabytes(64);
		concurrentJobs = (concurrentJobs > 0) ? concurrentJobs : 2;
	}

}
