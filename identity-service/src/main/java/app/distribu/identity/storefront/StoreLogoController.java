package app.distribu.identity.storefront;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.util.HtmlUtils;

import app.distribu.platform.web.NotFound;

/**
 * The store's logo, public at a stable address per store ({@code /store/{slug}/logo}):
 * storefront headers and emails link here. A store without a logo gets its initials, so
 * the address always shows an image.
 */
@Controller
class StoreLogoController {

	/**
	 * Browsers and proxies may keep it but ask again each time (a 304 when unchanged), so
	 * a new upload shows at once everywhere.
	 */
	private static final CacheControl CACHE = CacheControl.noCache().cachePublic();

	private final StoreSettingsRepository repository;

	StoreLogoController(StoreSettingsRepository repository) {
		this.repository = repository;
	}

	@GetMapping("/store/{slug}/logo")
	ResponseEntity<byte[]> logo(@PathVariable String slug,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		StoreSettingsRepository.LogoSource source = this.repository.logo(slug).orElseThrow(() -> new NotFound("Store"));
		String svg = source.uploaded() ? null : initials(source.storeName());
		String etag = "\"" + (source.uploaded() ? source.etag() : "i" + Integer.toHexString(svg.hashCode())) + "\"";
		if (etag.equals(ifNoneMatch)) {
			return ResponseEntity.status(304).eTag(etag).cacheControl(CACHE).build();
		}
		if (svg != null) {
			return ResponseEntity.ok()
				.cacheControl(CACHE)
				.eTag(etag)
				.contentType(MediaType.valueOf("image/svg+xml"))
				.body(svg.getBytes(StandardCharsets.UTF_8));
		}
		return ResponseEntity.ok()
			.cacheControl(CACHE)
			.eTag(etag)
			.header("X-Content-Type-Options", "nosniff")
			.contentType(MediaType.parseMediaType(source.contentType()))
			.body(source.bytes());
	}

	private static String initials(String name) {
		String letters = Arrays.stream(name.trim().split("\\s+"))
			.filter((word) -> !word.isEmpty())
			.limit(2)
			.map((word) -> word.substring(0, word.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT))
			.collect(Collectors.joining());
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\" width=\"64\" height=\"64\">"
				+ "<rect width=\"64\" height=\"64\" rx=\"12\" fill=\"#2f5bea\"/>"
				+ "<text x=\"32\" y=\"41\" font-family=\"system-ui, sans-serif\" font-size=\"26\" font-weight=\"700\""
				+ " fill=\"#fff\" text-anchor=\"middle\">" + HtmlUtils.htmlEscape(letters) + "</text></svg>";
	}

}
