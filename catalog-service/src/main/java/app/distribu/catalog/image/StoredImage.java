package app.distribu.catalog.image;

import java.util.UUID;

/** A product image as stored. */
record StoredImage(UUID id, UUID companyId, UUID productId, int position, boolean primary, String contentType,
		String storageKey, String thumbnailKey) {

	String url() {
		return ImageJson.url(this.companyId, this.id);
	}

}
