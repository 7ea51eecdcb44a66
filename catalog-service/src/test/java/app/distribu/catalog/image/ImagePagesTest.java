package app.distribu.catalog.image;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

import app.distribu.catalog.DashboardForms;
import app.distribu.catalog.Http;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestEvents;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
@TestPropertySource(properties = "distribu.images.directory=${java.io.tmpdir}/distribu-test-images")
class ImagePagesTest {

	@LocalServerPort
	int port;

	Http http;

	DashboardForms forms;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
		this.forms = new DashboardForms(this.port);
	}

	@Test
	void aSixMegabytePhotoReachesThePageAndIsRefusedReadably() {
		UUID company = UUID.randomUUID();
		String owner = Http.owner(company);
		String page = imagesPage(company);

		ResponseEntity<String> response = upload(owner, page, "holiday.jpg", TestImages.pngOfSize(6 * 1024 * 1024));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(Jsoup.parse(response.getBody()).select(".alert.error span").first().text())
			.isEqualTo("Image too large.");
	}

	@Test
	void uploadsReordersMakesPrimaryAndDeletes() {
		UUID company = UUID.randomUUID();
		String owner = Http.owner(company);
		String page = imagesPage(company);
		assertThat(upload(owner, page, "a.png", TestImages.png(40, 40)).getStatusCode()).isEqualTo(HttpStatus.FOUND);
		assertThat(upload(owner, page, "b.jpg", TestImages.jpeg(40, 40)).getStatusCode()).isEqualTo(HttpStatus.FOUND);
		Document two = Jsoup.parse(this.http.page(owner, page).getBody());
		String first = two.select("#image-list .card").get(0).id();
		String second = two.select("#image-list .card").get(1).id();
		assertThat(two.select("#" + first + " .badge").text()).isEqualTo("Primary");

		action(owner, page, second, "up");
		action(owner, page, second, "primary");
		Document reordered = Jsoup.parse(this.http.page(owner, page).getBody());
		assertThat(reordered.select("#image-list .card").eachAttr("id")).containsExactly(second, first);
		assertThat(reordered.select("#" + second + " .badge").text()).isEqualTo("Primary");
		assertThat(reordered.select("#" + second + " img").attr("src")).endsWith("/thumbnail");

		action(owner, page, second, "delete");
		Document one = Jsoup.parse(this.http.page(owner, page + "?done=deleted").getBody());
		assertThat(one.select("#image-list .card").eachAttr("id")).containsExactly(first);
		assertThat(one.select("#" + first + " .badge").text()).isEqualTo("Primary");
		assertThat(one.select(".alert.success").text()).isEqualTo("Image deleted.");
	}

	@Test
	void theInventoryLinksToTheImagesAndShowsThePrimaryThumbnail() {
		UUID company = UUID.randomUUID();
		String owner = Http.owner(company);
		String page = imagesPage(company);
		upload(owner, page, "a.png", TestImages.png(40, 40));

		Document list = Jsoup.parse(this.http.page(owner, "/dashboard/products").getBody());

		assertThat(list.select("td.images a").attr("href")).isEqualTo(page);
		assertThat(list.select("td.images img").attr("src")).startsWith("/media/").endsWith("/thumbnail");
	}

	@Test
	void theStorefrontCardShowsThePrimaryThumbnail() {
		UUID company = UUID.randomUUID();
		String owner = Http.owner(company);
		String page = imagesPage(company);
		upload(owner, page, "a.png", TestImages.png(40, 40));
		String slug = "pics-" + UUID.randomUUID().toString().substring(0, 8);
		TestEvents.publish("identity.events", company, "company.created", Map.of("companyId", company, "name", "Pics",
				"slug", slug, "currency", "EUR", "ownerUserId", UUID.randomUUID(), "ownerEmail", "o@pics.test"));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.http.page(null, "/store/" + slug).getStatusCode() == HttpStatus.OK);

		Document store = Jsoup.parse(this.http.page(null, "/store/" + slug).getBody());

		assertThat(store.select("article.product img").attr("src")).startsWith("/media/" + company + "/")
			.endsWith("/thumbnail");
	}

	String imagesPage(UUID company) {
		String id = (String) this.http
			.post(TestTokens.apiKey(company, "products:write"), "/api/v1/products", Http.product("PIC-1", "1.00", 1))
			.getBody()
			.get("id");
		return "/dashboard/products/" + id + "/images";
	}

	ResponseEntity<String> upload(String owner, String page, String name, byte[] bytes) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return name;
			}
		});
		return this.forms.submit(owner, page, page, body, MediaType.MULTIPART_FORM_DATA);
	}

	void action(String owner, String page, String cardId, String action) {
		String imageId = cardId.substring("image-".length());
		ResponseEntity<String> response = this.forms.submit(owner, page, page + "/" + imageId + "/" + action,
				new LinkedMultiValueMap<>(), MediaType.APPLICATION_FORM_URLENCODED);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FOUND);
	}

}
