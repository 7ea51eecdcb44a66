package app.distribu.catalog.category;

import java.util.UUID;

/** A category and how many of the company's products are in it. */
public record Category(UUID id, String name, int products) {

}
