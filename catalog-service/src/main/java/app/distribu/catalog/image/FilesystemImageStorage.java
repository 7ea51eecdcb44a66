package app.distribu.catalog.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Images as files under one directory: the local stack's storage. */
class FilesystemImageStorage implements ImageStorage {

	private final Path root;

	FilesystemImageStorage(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public void put(String key, byte[] bytes, String contentType) {
		Path target = resolve(key);
		try {
			Files.createDirectories(target.getParent());
			// Written aside and moved, so a reader never sees half a file.
			Path partial = Files.createTempFile(target.getParent(), ".upload-", ".part");
			Files.write(partial, bytes);
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public Optional<InputStream> get(String key) {
		try {
			return Optional.of(Files.newInputStream(resolve(key)));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void delete(String key) {
		try {
			Files.deleteIfExists(resolve(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Keys are made by this service, but a key must never leave the root either way. */
	private Path resolve(String key) {
		Path path = this.root.resolve(key).normalize();
		if (!path.startsWith(this.root)) {
			throw new IllegalArgumentException("Image key outside the storage root: " + key);
		}
		return path;
	}

}
