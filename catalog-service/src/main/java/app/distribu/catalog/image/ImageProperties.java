package app.distribu.catalog.image;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code IMAGE_STORAGE} ({@code filesystem} or {@code s3}); the directory for the first
 * ({@code IMAGE_DIR}); bucket, region and an optional endpoint for S3-compatible servers
 * for the second. S3 credentials come from the AWS default chain
 * ({@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY}, a role, ...).
 */
@ConfigurationProperties("distribu.images")
record ImageProperties(Storage storage, Path directory, S3 s3) {

	enum Storage {

		FILESYSTEM, S3

	}

	record S3(String bucket, String region, URI endpoint, boolean pathStyle) {
	}

	ImageProperties {
		storage = (storage != null) ? storage : Storage.FILESYSTEM;
		directory = (directory != null) ? directory : Path.of(".data", "images");
	}

}
