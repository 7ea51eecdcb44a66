package app.distribu.catalog.image;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import app.distribu.catalog.image.ImageProblems.ImageNotFound;
import app.distribu.catalog.image.ImageProblems.ImageTooLarge;
import app.distribu.catalog.image.ImageProblems.ProductNotFound;
import app.distribu.catalog.image.ImageProblems.TooManyImages;
import app.distribu.catalog.image.ImageProblems.UnsupportedImage;
import app.distribu.platform.web.ImageFormat;

/**
 * A product's images, always within one company. Files are stored before the row is
 * written (and removed again if that fails), and removed only after the row is gone, so a
 * row never points at a missing file.
 */
@Service
public class ProductImages {

	static final int MAX_BYTES = 5 * 1024 * 1024;

	static final int MAX_IMAGES = 10;

	private final ProductImageRepository images;

	private final ImageStorage storage;

	private final TransactionTemplate transaction;

	ProductImages(ProductImageRepository images, ImageStorage storage, PlatformTransactionManager transactions) {
		this.images = images;
		this.storage = storage;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The images of each product, in order; products without images are absent. */
	public Map<UUID, List<ImageJson>> of(UUID companyId, Collection<UUID> productIds) {
		Map<UUID, List<ImageJson>> result = new LinkedHashMap<>();
		if (productIds.isEmpty()) {
			return result;
		}
		for (StoredImage image : this.images.ofProducts(companyId, productIds)) {
			result.computeIfAbsent(image.productId(), (id) -> new ArrayList<>()).add(ImageJson.of(image));
		}
		return result;
	}

	List<StoredImage> ofProduct(UUID companyId, UUID productId) {
		return this.images.ofProduct(companyId, productId);
	}

	String productName(UUID companyId, UUID productId) {
		return this.images.productName(companyId, productId).orElseThrow(() -> new ProductNotFound(productId));
	}

	/**
	 * Checks, thumbnails and stores an upload; the first image becomes the primary one.
	 */
	StoredImage add(UUID companyId, UUID productId, long declaredSize, InputStream upload) throws IOException {
		productName(companyId, productId);
		if (declaredSize > MAX_BYTES) {
			throw new ImageTooLarge();
		}
		byte[] bytes;
		try (upload) {
			bytes = upload.readNBytes(MAX_BYTES + 1);
		}
		if (bytes.length > MAX_BYTES) {
			throw new ImageTooLarge();
		}
		ImageFormat type;
		try {
			type = ImageFormat.of(bytes);
		}
		catch (ImageFormat.Refused refused) {
			throw new UnsupportedImage(refused.getMessage());
		}
		Thumbnail thumbnail = Thumbnail.of(bytes);
		UUID id = UUID.randomUUID();
		String base = companyId + "/" + productId + "/" + id;
		StoredImage image = new StoredImage(id, companyId, productId, 0, false, type.contentType(),
				base + "." + type.extension(), base + "-thumb.jpg");
		this.storage.put(image.storageKey(), bytes, type.contentType());
		this.storage.put(image.thumbnailKey(), thumbnail.jpeg(), "image/jpeg");
		try {
			return this.transaction.execute((status) -> insert(image, thumbnail, bytes.length));
		}
		catch (RuntimeException ex) {
			this.storage.delete(image.storageKey());
			this.storage.delete(image.thumbnailKey());
			throw ex;
		}
	}

	void remove(UUID companyId, UUID productId, UUID imageId) {
		StoredImage removed = this.transaction.execute((status) -> {
			StoredImage image = locked(companyId, productId, imageId);
			this.images.delete(companyId, imageId);
			List<StoredImage> rest = this.images.ofProduct(companyId, productId);
			this.images.order(companyId, rest.stream().map(StoredImage::id).toList());
			if (image.primary()) {
				this.images.primary(companyId, productId, rest.isEmpty() ? null : rest.get(0));
			}
			return image;
		});
		this.storage.delete(removed.storageKey());
		this.storage.delete(removed.thumbnailKey());
	}

	/**
	 * Moves the image one place earlier (-1) or later (+1); at either end nothing moves.
	 */
	void move(UUID companyId, UUID productId, UUID imageId, int by) {
		this.transaction.executeWithoutResult((status) -> {
			locked(companyId, productId, imageId);
			List<UUID> order = new ArrayList<>(
					this.images.ofProduct(companyId, productId).stream().map(StoredImage::id).toList());
			int from = order.indexOf(imageId);
			int to = from + Integer.signum(by);
			if (to >= 0 && to < order.size()) {
				order.add(to, order.remove(from));
				this.images.order(companyId, order);
			}
		});
	}

	void makePrimary(UUID companyId, UUID productId, UUID imageId) {
		this.transaction.executeWithoutResult(
				(status) -> this.images.primary(companyId, productId, locked(companyId, productId, imageId)));
	}

	private StoredImage insert(StoredImage image, Thumbnail thumbnail, long size) {
		if (!this.images.lockProduct(image.companyId(), image.productId())) {
			throw new ProductNotFound(image.productId());
		}
		List<StoredImage> existing = this.images.ofProduct(image.companyId(), image.productId());
		if (existing.size() >= MAX_IMAGES) {
			throw new TooManyImages(MAX_IMAGES);
		}
		StoredImage placed = new StoredImage(image.id(), image.companyId(), image.productId(), existing.size(),
				existing.isEmpty(), image.contentType(), image.storageKey(), image.thumbnailKey());
		this.images.insert(placed, thumbnail, size);
		if (placed.primary()) {
			this.images.primary(image.companyId(), image.productId(), placed);
		}
		return placed;
	}

	/** The image of this company's product, with the product locked; 404 otherwise. */
	private StoredImage locked(UUID companyId, UUID productId, UUID imageId) {
		if (!this.images.lockProduct(companyId, productId)) {
			throw new ProductNotFound(productId);
		}
		return this.images.find(companyId, imageId)
			.filter((image) -> image.productId().equals(productId))
			.orElseThrow(() -> new ImageNotFound(imageId));
	}

}
