package app.distribu.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * The image types Distribu accepts anywhere (product images, store logos): JPEG, PNG and
 * WebP up to 5 MB, recognised by their first bytes, never by the file name. A refusal
 * says how to fix the file.
 */
public enum ImageFormat {

	JPEG("image/jpeg", "jpg"), PNG("image/png", "png"), WEBP("image/webp", "webp");

	/** The largest accepted image. */
	public static final long MAX_BYTES = 5L * 1024 * 1024;

	public static final String TOO_LARGE = "Image too large.";

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1",
			"msf1", "avif", "avis");

	private final String contentType;

	private final String extension;

	ImageFormat(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String contentType() {
		return this.contentType;
	}

	public String extension() {
		return this.extension;
	}

	/** The format of an upload of at most {@link #MAX_BYTES}, or a refusal. */
	public static ImageFormat of(byte[] bytes) {
		if (bytes.length > MAX_BYTES) {
			throw new Refused(TOO_LARGE);
		}
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
			return JPEG;
		}
		if (bytes.length >= 8 && Arrays.equals(bytes, 0, 8, PNG_SIGNATURE, 0, 8)) {
			return PNG;
		}
		if (bytes.length >= 12 && ascii(bytes, 0, 4).equals("RIFF") && ascii(bytes, 8, 12).equals("WEBP")) {
			return WEBP;
		}
		if (bytes.length >= 12 && ascii(bytes, 4, 8).equals("ftyp") && HEIF_BRANDS.contains(ascii(bytes, 8, 12))) {
			throw new Refused(ascii(bytes, 8, 12).startsWith("avi")
					? "AVIF images aren't supported. Save the image as JPEG, PNG or WebP and upload it again."
					: "HEIC photos aren't supported. Save the photo as JPEG (on iPhone: Settings → Camera → Formats → "
							+ "Most Compatible) and upload it again.");
		}
		if (bytes.length >= 4 && ascii(bytes, 0, 4).startsWith("GIF8")) {
			throw new Refused("GIF images aren't supported. Save the image as PNG or JPEG and upload it again.");
		}
		throw new Refused(
				"This file isn't a JPEG, PNG or WebP image. Save it in one of those formats and upload it again.");
	}

	private static String ascii(byte[] bytes, int from, int to) {
		return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
	}

	/** An image that is too large or of a type we don't take. */
	public static class Refused extends Unprocessable {

		public Refused(String detail) {
			super(detail);
		}

	}

}
