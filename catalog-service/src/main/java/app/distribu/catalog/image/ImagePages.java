package app.distribu.catalog.image;

import java.io.IOException;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import app.distribu.catalog.TeamOnly;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.web.DomainProblem;

/**
 * A product's images in the dashboard: upload, order, primary, delete. Every action is a
 * plain form post that comes back to the page, so it works without JavaScript.
 */
@Controller
@RequestMapping("/dashboard/products/{productId}/images")
class ImagePages {

	private final ProductImages images;

	ImagePages(ProductImages images) {
		this.images = images;
	}

	@GetMapping
	String page(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID productId,
			@RequestParam(required = false) String done, Model model) {
		TeamOnly.require(me);
		return page(me, productId, model, null, done);
	}

	@PostMapping
	String upload(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID productId,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		TeamOnly.require(me);
		if (file == null || file.isEmpty()) {
			return page(me, productId, model, "Choose an image to upload.", null);
		}
		try {
			this.images.add(me.companyId(), productId, file.getSize(), file.getInputStream());
			return back(productId, "added");
		}
		catch (DomainProblem problem) {
			if (problem instanceof ImageProblems.ProductNotFound) {
				throw problem;
			}
			return page(me, productId, model, problem.getMessage(), null);
		}
	}

	@PostMapping("/{imageId}/up")
	String up(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID productId, @PathVariable UUID imageId) {
		TeamOnly.require(me);
		this.images.move(me.companyId(), productId, imageId, -1);
		return back(productId, "moved");
	}

	@PostMapping("/{imageId}/down")
	String down(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID productId,
			@PathVariable UUID imageId) {
		TeamOnly.require(me);
		this.images.move(me.companyId(), productId, imageId, 1);
		return back(productId, "moved");
	}

	@PostMapping("/{imageId}/primary")
	String primary(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID productId,
			@PathVariable UUID imageId) {
		TeamOnly.require(me);
		this.images.makePrimary(me.companyId(), productId, imageId);
		return back(productId, "primary");
	}

	@PostMapping("/{imageId}/delete")
	String delete(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID productId,
			@PathVariable UUID imageId) {
		TeamOnly.require(me);
		this.images.remove(me.companyId(), productId, imageId);
		return back(productId, "deleted");
	}

	private String page(DistribuPrincipal me, UUID productId, Model model, String error, String done) {
		model.addAttribute("productId", productId);
		model.addAttribute("productName", this.images.productName(me.companyId(), productId));
		model.addAttribute("images",
				this.images.ofProduct(me.companyId(), productId).stream().map(ImageJson::of).toList());
		model.addAttribute("error", error);
		model.addAttribute("done", done);
		model.addAttribute("maxImages", ProductImages.MAX_IMAGES);
		return "products/images";
	}

	private static String back(UUID productId, String done) {
		return "redirect:/dashboard/products/" + productId + "/images?done=" + done;
	}

}
