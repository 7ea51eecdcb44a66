package app.distribu.catalog.pricing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the {@link PriceSheet} of one customer for some products: its overrides and the
 * rows of the price lists that apply today (UTC). Without a customer: catalog prices.
 */
@Service
public class PriceBook {

	private final PriceOverrides overrides;

	private final ListPrices lists;

	private final Clock clock;

	PriceBook(PriceOverrides overrides, ListPrices lists, Clock clock) {
		this.overrides = overrides;
		this.lists = lists;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PriceSheet sheet(UUID companyId, UUID customerId, Collection<UUID> productIds) {
		if (customerId == null || productIds.isEmpty()) {
			return PriceSheet.catalogOnly();
		}
		Map<UUID, BigDecimal> own = this.overrides.prices(companyId, customerId, productIds);
		return PriceSheet.of(own, this.lists.of(companyId, customerId, productIds, today()));
	}

	/** The day price list validity is checked against. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
	}

}
