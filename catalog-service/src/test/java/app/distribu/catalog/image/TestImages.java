package app.distribu.catalog.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;

import javax.imageio.ImageIO;

/**
 * Image files for tests, made on the spot or (WebP, which ImageIO can't write) known
 * ones.
 */
final class TestImages {

	/** A 1×1 lossless WebP, the sample browsers' feature checks use. */
	static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

	/** The first bytes of an iPhone HEIC photo: an ISO box "ftyp" with brand "heic". */
	static final byte[] HEIC = { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0, 'm', 'i', 'f', '1',
			'h', 'e', 'i', 'c' };

	private TestImages() {
	}

	static byte[] jpeg(int width, int height) {
		return draw("jpg", width, height);
	}

	static byte[] png(int width, int height) {
		return draw("png", width, height);
	}

	/**
	 * A PNG signature followed by padding up to the size: too big before it's decoded.
	 */
	static byte[] pngOfSize(int bytes) {
		byte[] png = png(10, 10);
		return Arrays.copyOf(png, bytes);
	}

	private static byte[] draw(String format, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0x2f5bea));
		g.fillRect(0, 0, width, height);
		g.setColor(Color.ORANGE);
		g.fillOval(width / 4, height / 4, width / 2, height / 2);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
