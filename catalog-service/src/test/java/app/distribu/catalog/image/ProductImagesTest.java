package app.distribu.catalog.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import app.distribu.catalog.Http;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@ServiceTest
@TestPropertySource(properties = "distribu.images.directory=${java.io.tmpdir}/distribu-test-images")
@SuppressWarnings({ "rawtypes", "unchecked" })
class ProductImagesTest {

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	static String writer(UUID company) {
		return TestTokens.apiKey(company, "products:read", "products:write");
	}

	String product(UUID company, String sku) {
		return (String) this.http.post(writer(company), "/api/v1/products", Http.product(sku, "1.00", 1))
			.getBody()
			.get("id");
	}

	ResponseEntity<Map> upload(String token, String productId, String fileName, byte[] bytes) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		return this.http.raw()
			.post()
			.uri("/api/v1/products/" + productId + "/images")
			.headers((h) -> h.setBearerAuth(token))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(body)
			.retrieve()
			.toEntity(Map.class);
	}

	Map fetched(UUID company, String id) {
		return this.http.get(writer(company), "/api/v1/products/" + id).getBody();
	}

	@Test
	void acceptsJpegPngAndWebpByTheirBytesAndServesAThumbnail() throws Exception {
		UUID company = UUID.randomUUID();
		String id = product(company, "IMG-1");

		ResponseEntity<Map> jpeg = upload(writer(company), id, "photo.jpg", TestImages.jpeg(1200, 800));
		ResponseEntity<Map> png = upload(writer(company), id, "named-like-a.heic", TestImages.png(300, 300));
		ResponseEntity<Map> webp = upload(writer(company), id, "pixel.webp", TestImages.WEBP);

		assertThat(List.of(jpeg, png, webp))
			.allSatisfy((r) -> assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CREATED));
		String url = (String) jpeg.getBody().get("url");
		assertThat(url).isEqualTo("/media/" + company + "/" + jpeg.getBody().get("id"));
		assertThat(jpeg.getBody()).containsEntry("primary", true)
			.containsEntry("position", 0)
			.containsEntry("thumbnailUrl", url + "/thumbnail");
		Map product = fetched(company, id);
		assertThat(product).containsEntry("imageUrl", url);
		assertThat((List<Map>) product.get("images")).extracting((i) -> i.get("position"), (i) -> i.get("primary"))
			.containsExactly(tuple(0, true), tuple(1, false), tuple(2, false));

		ResponseEntity<byte[]> thumbnail = this.http.raw()
			.get()
			.uri(url + "/thumbnail")
			.retrieve()
			.toEntity(byte[].class);
		assertThat(thumbnail.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(thumbnail.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_JPEG);
		BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail.getBody()));
		assertThat(small.getWidth()).isEqualTo(320);
		assertThat(small.getHeight()).isEqualTo(213);
		ResponseEntity<byte[]> original = this.http.raw()
			.get()
			.uri((String) webp.getBody().get("url"))
			.retrieve()
			.toEntity(byte[].class);
		assertThat(original.getHeaders().getContentType()).hasToString("image/webp");
		assertThat(original.getBody()).isEqualTo(TestImages.WEBP);
	}

	@Test
	void refusesAnImageOverFiveMegabytesWithTheFaqsMessage() {
		UUID company = UUID.randomUUID();
		String id = product(company, "BIG-1");

		ResponseEntity<Map> sixMegabytes = upload(writer(company), id, "big.png",
				TestImages.pngOfSize(6 * 1024 * 1024));
		ResponseEntity<Map> justUnder = upload(writer(company), id, "ok.jpg", TestImages.jpeg(64, 64));

		assertThat(sixMegabytes.getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(sixMegabytes.getBody()).containsEntry("detail", "Image too large.");
		assertThat(justUnder.getStatusCode()).isEqualTo(HttpStatus.CREATED);
	}

	@Test
	void refusesHeicAndOtherTypesSayingHowToFixIt() {
		UUID company = UUID.randomUUID();
		String id = product(company, "HEIC-1");

		ResponseEntity<Map> heic = upload(writer(company), id, "IMG_0001.jpg", TestImages.HEIC);
		ResponseEntity<Map> text = upload(writer(company), id, "notes.png", "just text".getBytes());
		ResponseEntity<Map> damaged = upload(writer(company), id, "cut.jpg",
				Arrays.copyOf(TestImages.jpeg(100, 100), 40));

		assertThat(heic.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		assertThat(heic.getBody()).containsEntry("detail",
				"HEIC photos aren't supported. Save the photo as JPEG (on iPhone: Settings → Camera → Formats → "
						+ "Most Compatible) and upload it again.");
		assertThat(text.getBody()).containsEntry("detail",
				"This file isn't a JPEG, PNG or WebP image. Save it in one of those formats and upload it again.");
		assertThat(damaged.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat((List) fetched(company, id).get("images")).isEmpty();
	}

	@Test
	void deletingThePrimaryImagePromotesTheNextOne() {
		UUID company = UUID.randomUUID();
		String id = product(company, "DEL-1");
		String first = (String) upload(writer(company), id, "a.png", TestImages.png(20, 20)).getBody().get("id");
		String second = (String) upload(writer(company), id, "b.png", TestImages.png(20, 20)).getBody().get("id");

		ResponseEntity<Void> deleted = this.http.delete(writer(company), "/api/v1/products/" + id + "/images/" + first);

		assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		Map product = fetched(company, id);
		assertThat(product).containsEntry("imageUrl", "/media/" + company + "/" + second);
		assertThat((List<Map>) product.get("images")).singleElement()
			.satisfies((image) -> assertThat(image).containsEntry("primary", true).containsEntry("position", 0));
		assertThat(this.http.raw()
			.get()
			.uri("/media/" + company + "/" + first)
			.retrieve()
			.toBodilessEntity()
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void anotherCompanyCanNeitherAddToNorDeleteAProductsImages() {
		UUID company = UUID.randomUUID();
		String id = product(company, "OWN-1");
		String image = (String) upload(writer(company), id, "a.png", TestImages.png(20, 20)).getBody().get("id");
		String other = writer(UUID.randomUUID());

		ResponseEntity<Map> add = upload(other, id, "b.png", TestImages.png(20, 20));
		ResponseEntity<Void> delete = this.http.delete(other, "/api/v1/products/" + id + "/images/" + image);
		ResponseEntity<String> page = this.http.page(Http.owner(UUID.randomUUID()),
				"/dashboard/products/" + id + "/images");

		assertThat(add.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(delete.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat((List) fetched(company, id).get("images")).hasSize(1);
	}

	@Test
	void readOnlyKeysCannotUpload() {
		UUID company = UUID.randomUUID();
		String id = product(company, "RO-1");

		ResponseEntity<Map> response = upload(TestTokens.apiKey(company, "products:read"), id, "a.png",
				TestImages.png(20, 20));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

}
