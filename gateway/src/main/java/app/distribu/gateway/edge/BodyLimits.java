package app.distribu.gateway.edge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param maxBodySize the largest JSON or form body ({@code MAX_BODY_SIZE}, 1 MB, the
 * services' own limit)
 * @param maxUploadSize the largest body of any other type: file uploads and CSV imports
 * ({@code UPLOAD_MAX_SIZE}, 70 MB, catalog's multipart limit)
 */
@ConfigurationProperties("distribu.gateway")
record BodyLimits(DataSize maxBodySize, DataSize maxUploadSize) {

	BodyLimits {
		maxBodySize = (maxBodySize != null) ? maxBodySize : DataSize.ofMegabytes(1);
		maxUploadSize = (maxUploadSize != null) ? maxUploadSize : DataSize.ofMegabytes(70);
	}

}
