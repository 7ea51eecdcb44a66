package app.distribu.catalog.image;

import java.io.InputStream;
import java.util.Optional;

/** Where image files live: keys are paths like {@code company/product/image.jpg}. */
interface ImageStorage {

	void put(String key, byte[] bytes, String contentType);

	/**
	 * The file's bytes; the caller closes the stream. Empty when there is no such key.
	 */
	Optional<InputStream> get(String key);

	/** Removing a key that is not there is not an error. */
	void delete(String key);

}
