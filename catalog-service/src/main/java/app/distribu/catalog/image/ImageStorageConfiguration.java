package app.distribu.catalog.image;

import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.distribu.platform.security.PublicPaths;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImageProperties.class)
class ImageStorageConfiguration {

	@Bean
	ImageStorage imageStorage(ImageProperties properties) {
		if (properties.storage() == ImageProperties.Storage.FILESYSTEM) {
			return new FilesystemImageStorage(properties.directory());
		}
		ImageProperties.S3 s3 = properties.s3();
		if (s3 == null || s3.bucket() == null || s3.bucket().isBlank()) {
			throw new IllegalStateException("IMAGE_STORAGE=s3 needs IMAGE_S3_BUCKET");
		}
		return new S3ImageStorage(s3Client(s3), s3.bucket());
	}

	static S3Client s3Client(ImageProperties.S3 s3) {
		S3ClientBuilder builder = S3Client.builder().forcePathStyle(s3.pathStyle());
		if (s3.region() != null && !s3.region().isBlank()) {
			builder.region(Region.of(s3.region()));
		}
		if (s3.endpoint() != null && !s3.endpoint().toString().isBlank()) {
			builder.endpointOverride(s3.endpoint());
		}
		return builder.build();
	}

	/** Images appear on the storefront before anyone signs in. */
	@Bean
	PublicPaths mediaPaths() {
		return PublicPaths.of("/media/**");
	}

}
