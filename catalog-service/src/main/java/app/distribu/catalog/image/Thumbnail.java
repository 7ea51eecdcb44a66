package app.distribu.catalog.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes an upload and draws its thumbnail: a JPEG that fits in 320×320 on white. The
 * size is read from the header first, so a small file claiming a huge image (in area, or
 * only in width or height) is refused before any pixels are allocated; the decoder then
 * reads every n-th pixel along the longer side, so even a long panorama is decoded at
 * about twice the thumbnail's size.
 */
record Thumbnail(int width, int height, byte[] jpeg) {

	static final int SIZE = 320;

	static final long MAX_PIXELS = 40_000_000;

	/** A decoder holds whole rows: one very wide row costs as much as a big photo. */
	static final int MAX_SIDE = 10_000;

	static Thumbnail of(byte[] bytes) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw unreadable();
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if ((long) width * height > MAX_PIXELS) {
					throw new ImageProblems.UnreadableImage(
							"The image is larger than 40 megapixels. Resize it and " + "upload it again.");
				}
				if (width > MAX_SIDE || height > MAX_SIDE) {
					throw new ImageProblems.UnreadableImage("The image is more than 10,000 pixels wide or tall ("
							+ width + " × " + height + "). Resize it and upload it again.");
				}
				ImageReadParam param = reader.getDefaultReadParam();
				// Reading every n-th pixel keeps memory small for big photos and
				// panoramas.
				int step = Math.max(1, Math.max(width, height) / (SIZE * 2));
				param.setSourceSubsampling(step, step, 0, 0);
				return new Thumbnail(width, height, jpeg(scaled(reader.read(0, param))));
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ImageProblems.UnreadableImage unreadable) {
				throw unreadable;
			}
			throw unreadable();
		}
	}

	private static BufferedImage scaled(BufferedImage source) {
		double scale = Math.min(1.0, (double) SIZE / Math.max(source.getWidth(), source.getHeight()));
		int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
		BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = target.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.drawImage(source, 0, 0, width, height, Color.WHITE, null);
		}
		finally {
			g.dispose();
		}
		return target;
	}

	private static byte[] jpeg(BufferedImage image) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (!ImageIO.write(image, "jpg", out)) {
			throw new IOException("No JPEG writer");
		}
		return out.toByteArray();
	}

	private static ImageProblems.UnreadableImage unreadable() {
		return new ImageProblems.UnreadableImage(
				"This image couldn't be read; the file may be damaged. Open it, save it again and upload it again.");
	}

}
