package app.distribu.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param maxBodySize the largest JSON or form body a service reads
 * ({@code MAX_BODY_SIZE}, 1 MB); the gateway applies the same limit first
 */
@ConfigurationProperties("distribu.web")
record WebLimits(DataSize maxBodySize) {

	WebLimits {
		maxBodySize = (maxBodySize != null) ? maxBodySize : DataSize.ofMegabytes(1);
	}

}
