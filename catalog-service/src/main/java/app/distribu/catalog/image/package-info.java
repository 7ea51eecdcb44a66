/**
 * Product images: upload (JPEG, PNG, WebP up to 5 MB, type read from the bytes),
 * thumbnails, order and primary image, storage behind
 * {@link app.distribu.catalog.image.ImageStorage} (filesystem or S3) and serving at
 * {@code /media/{companyId}/{imageId}}.
 */
package app.distribu.catalog.image;
