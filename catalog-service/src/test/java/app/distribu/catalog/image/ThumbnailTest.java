package app.distribu.catalog.image;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThumbnailTest {

	@Test
	void aVeryWideImageIsRefusedFromItsHeaderBeforeAnyPixelIsDecoded() {
		// 50,000 × 40 is only 2 megapixels, far under the area cap, but one row of it is
		// as costly as a whole photo; the pixel data after the header is not even there.
		byte[] claimsWide = withSize(TestImages.png(10, 10), 50_000, 40);

		assertThatThrownBy(() -> Thumbnail.of(claimsWide)).isInstanceOf(ImageProblems.UnreadableImage.class)
			.hasMessage(
					"The image is more than 10,000 pixels wide or tall (50000 × 40). Resize it and upload it again.");
		assertThatThrownBy(() -> Thumbnail.of(withSize(TestImages.png(10, 10), 30, 12_000)))
			.hasMessageContaining("(30 × 12000)");
	}

	@Test
	void aHugeAreaIsRefusedAsBefore() {
		assertThatThrownBy(() -> Thumbnail.of(withSize(TestImages.png(10, 10), 9_000, 9_000)))
			.isInstanceOf(ImageProblems.UnreadableImage.class)
			.hasMessageContaining("40 megapixels");
	}

	@Test
	void aPanoramaWithinTheLimitsGetsAThumbnail() {
		Thumbnail thumbnail = Thumbnail.of(TestImages.png(9_000, 300));

		assertThat(thumbnail.width()).isEqualTo(9_000);
		assertThat(thumbnail.height()).isEqualTo(300);
		assertThat(thumbnail.jpeg()).isNotEmpty();
	}

	/** The PNG with its header (IHDR) claiming another size, checksum fixed. */
	private static byte[] withSize(byte[] png, int width, int height) {
		byte[] copy = Arrays.copyOf(png, png.length);
		// Signature (8), chunk length (4), "IHDR" (4), then width and height.
		ByteBuffer.wrap(copy, 16, 8).putInt(width).putInt(height);
		CRC32 crc = new CRC32();
		crc.update(copy, 12, 4 + 13);
		ByteBuffer.wrap(copy, 12 + 4 + 13, 4).putInt((int) crc.getValue());
		return copy;
	}

}
