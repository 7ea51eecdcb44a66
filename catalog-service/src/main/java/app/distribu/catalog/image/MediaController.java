package app.distribu.catalog.image;

import java.io.InputStream;
import java.time.Duration;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import app.distribu.catalog.image.ImageProblems.ImageNotFound;

/**
 * Serves image files publicly (the storefront shows them before sign-in). An image's id
 * is never reused, so browsers and proxies may cache it for good.
 */
@Controller
class MediaController {

	private final ProductImageRepository images;

	private final ImageStorage storage;

	MediaController(ProductImageRepository images, ImageStorage storage) {
		this.images = images;
		this.storage = storage;
	}

	@GetMapping("/media/{companyId}/{imageId}")
	ResponseEntity<InputStreamResource> image(@PathVariable UUID companyId, @PathVariable UUID imageId) {
		StoredImage image = this.images.find(companyId, imageId).orElseThrow(() -> new ImageNotFound(imageId));
		return file(image.storageKey(), image.contentType(), imageId);
	}

	@GetMapping("/media/{companyId}/{imageId}/thumbnail")
	ResponseEntity<InputStreamResource> thumbnail(@PathVariable UUID companyId, @PathVariable UUID imageId) {
		StoredImage image = this.images.find(companyId, imageId).orElseThrow(() -> new ImageNotFound(imageId));
		return file(image.thumbnailKey(), "image/jpeg", imageId);
	}

	private ResponseEntity<InputStreamResource> file(String key, String contentType, UUID imageId) {
		InputStream bytes = this.storage.get(key).orElseThrow(() -> new ImageNotFound(imageId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.body(new InputStreamResource(bytes));
	}

}
