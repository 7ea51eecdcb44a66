package app.distribu.catalog.image;

import java.io.IOException;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.NotPermitted;
import app.distribu.platform.security.PrincipalKind;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** {@code POST} a multipart {@code file} to add an image; the first becomes primary. */
@RestController
@RequestMapping("/api/v1/products/{productId}/images")
class ImageApi {

	private final ProductImages images;

	ImageApi(ProductImages images) {
		this.images = images;
	}

	@PostMapping(consumes = "multipart/form-data")
	@ApiResponse(responseCode = "409", description = "The product has as many images as it can.")
	@ApiResponse(responseCode = "415", description = "Not a JPEG, PNG or WebP image.")
	@ApiResponse(responseCode = "422", description = "The image can't be read, or its dimensions are too large.")
	@ResponseStatus(HttpStatus.CREATED)
	ImageJson add(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID productId,
			@RequestParam("file") MultipartFile file) throws IOException {
		requireWriter(me);
		return ImageJson.of(this.images.add(me.companyId(), productId, file.getSize(), file.getInputStream()));
	}

	@DeleteMapping("/{imageId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID productId,
			@PathVariable UUID imageId) {
		requireWriter(me);
		this.images.remove(me.companyId(), productId, imageId);
	}

	private static void requireWriter(DistribuPrincipal me) {
		me.requireScope("products:write");
		if (me.kind() == PrincipalKind.CONTACT) {
			throw new NotPermitted();
		}
	}

}
