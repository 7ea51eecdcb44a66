package app.distribu.catalog.image;

import java.util.UUID;

/**
 * An image in the product's API shape. URLs are paths on the public host (the gateway
 * routes {@code /media/**} to catalog).
 */
public record ImageJson(UUID id, String url, String thumbnailUrl, int position, boolean primary) {

	static ImageJson of(StoredImage image) {
		return new ImageJson(image.id(), image.url(), image.url() + "/thumbnail", image.position(), image.primary());
	}

	static String url(UUID companyId, UUID imageId) {
		return "/media/" + companyId + "/" + imageId;
	}

}
