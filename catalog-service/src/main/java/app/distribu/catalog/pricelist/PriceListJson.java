package app.distribu.catalog.pricelist;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import app.distribu.platform.web.apidocs.Money;
import org.jspecify.annotations.Nullable;

/**
 * A price list in the API: {@code status} is ACTIVE, SCHEDULED (before {@code validFrom})
 * or EXPIRED (after {@code validUntil}), dates are UTC days.
 */
record PriceListJson(UUID id, String name, int priority, @Nullable LocalDate validFrom, @Nullable LocalDate validUntil,
		@Schema(allowableValues = {
				"ACTIVE", "SCHEDULED", "EXPIRED" }) String status,
		List<CustomerJson> customers, List<String> groups, int productCount){

	@Schema(name = "PriceListCustomer")
	record CustomerJson(UUID id, @Nullable String name) {

	}

	static PriceListJson of(ListView view) {
		PriceList list = view.list();
		List<CustomerJson> customers = view.assignments()
			.stream()
			.filter((a) -> a.customerId() != null)
			.map((a) -> new CustomerJson(a.customerId(), a.customerName()))
			.toList();
		List<String> groups = view.assignments().stream().map(Assignment::group).filter((g) -> g != null).toList();
		return new PriceListJson(list.id(), list.name(), list.priority(), list.validFrom(), list.validUntil(),
				view.status(), customers, groups, view.products());
	}

	/** A product's prices in a list. */
	record EntryJson(String sku, UUID productId, String name, @Money String catalogPrice, List<TierJson> tiers) {

		static EntryJson of(Entry entry) {
			return new EntryJson(entry.sku(), entry.productId(), entry.name(), entry.catalogPrice().toPlainString(),
					entry.tiers().stream().map(TierJson::of).toList());
		}

	}

	/** {@code price} or {@code percentOff} is set, never both; the other is left out. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record TierJson(int minQuantity, @Money @Nullable String price, @Nullable String percentOff) {

		static TierJson of(Tier tier) {
			return new TierJson(tier.minQuantity(), tier.price(), tier.percentOff());
		}

	}

	/** Body of {@code PUT /api/v1/price-lists/{id}/assignments}. */
	record Assignments(List<UUID> customerIds, List<String> groups) {

		List<UUID> customers() {
			return (this.customerIds != null) ? this.customerIds : List.of();
		}

		List<String> groupNames() {
			return (this.groups != null) ? this.groups : List.of();
		}

	}

}
