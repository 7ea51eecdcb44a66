package app.distribu.catalog.image;

import java.io.InputStream;
import java.util.Optional;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** Images as objects in one S3 (or S3-compatible) bucket. */
class S3ImageStorage implements ImageStorage {

	private final S3Client s3;

	private final String bucket;

	S3ImageStorage(S3Client s3, String bucket) {
		this.s3 = s3;
		this.bucket = bucket;
	}

	@Override
	public void put(String key, byte[] bytes, String contentType) {
		this.s3.putObject((request) -> request.bucket(this.bucket).key(key).contentType(contentType),
				RequestBody.fromBytes(bytes));
	}

	@Override
	public Optional<InputStream> get(String key) {
		try {
			return Optional.of(this.s3.getObject((request) -> request.bucket(this.bucket).key(key)));
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
	}

	@Override
	public void delete(String key) {
		this.s3.deleteObject((request) -> request.bucket(this.bucket).key(key));
	}

}
