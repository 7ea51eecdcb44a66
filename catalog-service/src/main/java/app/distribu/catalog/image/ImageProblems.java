package app.distribu.catalog.image;

import org.springframework.http.HttpStatus;

import app.distribu.platform.web.DomainProblem;
import app.distribu.platform.web.NotFound;

/** The named failures of image upload and management. */
final class ImageProblems {

	private ImageProblems() {
	}

	/** Worded as the FAQ quotes it. */
	static final class ImageTooLarge extends DomainProblem {

		ImageTooLarge() {
			super(HttpStatus.CONTENT_TOO_LARGE, "Image too large", "Image too large.");
		}

	}

	static final class UnsupportedImage extends DomainProblem {

		UnsupportedImage(String detail) {
			super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported image", detail);
		}

	}

	static final class UnreadableImage extends DomainProblem {

		UnreadableImage(String detail) {
			super(HttpStatus.UNPROCESSABLE_CONTENT, "Unreadable image", detail);
		}

	}

	static final class TooManyImages extends DomainProblem {

		TooManyImages(int max) {
			super(HttpStatus.CONFLICT, "Too many images",
					"A product can have up to " + max + " images. Delete one before adding another.");
		}

	}

	static final class ProductNotFound extends NotFound {

		ProductNotFound(Object id) {
			super("Product " + id);
		}

	}

	static final class ImageNotFound extends NotFound {

		ImageNotFound(Object id) {
			super("Image " + id);
		}

	}

}
