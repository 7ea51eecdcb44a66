package app.distribu.catalog.pricing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pricing rules, without a database: who wins, tiers, percentages, ladders. */
class PriceSheetTest {

	static final UUID WIDGET = UUID.randomUUID();

	static final BigDecimal CATALOG = new BigDecimal("10.00");

	static final UUID GOLD = UUID.randomUUID();

	static final UUID PROMO = UUID.randomUUID();

	static ListPrice row(UUID list, String name, int priority, int min, PriceKind kind, String amount) {
		return new ListPrice(list, name, priority, WIDGET, min, kind, new BigDecimal(amount));
	}

	static final List<ListPrice> GOLD_TIERS = List.of(row(GOLD, "Gold", 0, 1, PriceKind.FIXED, "9.80"),
			row(GOLD, "Gold", 0, 10, PriceKind.FIXED, "9.20"), row(GOLD, "Gold", 0, 50, PriceKind.FIXED, "8.50"));

	@Test
	void theRowWithTheHighestMinimumAtOrBelowTheQuantityApplies() {
		PriceSheet sheet = PriceSheet.of(Map.of(), GOLD_TIERS);

		assertThat(sheet.price(WIDGET, CATALOG, 9))
			.isEqualTo(new Price(new BigDecimal("9.80"), "Your price", "Gold", true));
		assertThat(sheet.price(WIDGET, CATALOG, 10))
			.isEqualTo(new Price(new BigDecimal("9.20"), "Volume price, 10+", "Gold", true));
		assertThat(sheet.price(WIDGET, CATALOG, 49).unit()).isEqualByComparingTo("9.20");
		assertThat(sheet.price(WIDGET, CATALOG, 500).unit()).isEqualByComparingTo("8.50");
	}

	@Test
	void belowTheFirstTierTheCatalogPriceApplies() {
		PriceSheet sheet = PriceSheet.of(Map.of(), List.of(row(GOLD, "Gold", 0, 10, PriceKind.FIXED, "9.20")));

		assertThat(sheet.price(WIDGET, CATALOG, 9)).isEqualTo(new Price(CATALOG, "Catalog price", null, false));
		assertThat(sheet.hasOwnPrice(WIDGET)).isTrue();
	}

	@Test
	void theCustomersOwnPriceWinsOverEveryList() {
		PriceSheet sheet = PriceSheet.of(Map.of(WIDGET, new BigDecimal("7.77")), GOLD_TIERS);

		assertThat(sheet.price(WIDGET, CATALOG, 100))
			.isEqualTo(new Price(new BigDecimal("7.77"), "Your price", null, true));
		assertThat(sheet.ladder(WIDGET, CATALOG, 1))
			.containsExactly(new PriceStep(1, null, new BigDecimal("7.77"), "Your price"));
	}

	@Test
	void theHigherPriorityWinsEvenWhenDearerAndATieGoesToTheLowerPrice() {
		List<ListPrice> rows = List.of(row(GOLD, "Gold", 0, 1, PriceKind.FIXED, "9.00"),
				row(PROMO, "Promo", 5, 1, PriceKind.FIXED, "9.50"));
		assertThat(PriceSheet.of(Map.of(), rows).price(WIDGET, CATALOG, 1).priceList()).isEqualTo("Promo");

		List<ListPrice> tied = List.of(row(GOLD, "Gold", 5, 1, PriceKind.FIXED, "9.00"),
				row(PROMO, "Promo", 5, 1, PriceKind.FIXED, "9.50"));
		assertThat(PriceSheet.of(Map.of(), tied).price(WIDGET, CATALOG, 1).priceList()).isEqualTo("Gold");
	}

	@Test
	void aHigherPriorityListThatDoesNotPriceTheQuantityLeavesItToTheNext() {
		List<ListPrice> rows = List.of(row(GOLD, "Gold", 0, 1, PriceKind.FIXED, "9.00"),
				row(PROMO, "Promo", 5, 100, PriceKind.FIXED, "7.00"));
		PriceSheet sheet = PriceSheet.of(Map.of(), rows);

		assertThat(sheet.price(WIDGET, CATALOG, 99).priceList()).isEqualTo("Gold");
		assertThat(sheet.price(WIDGET, CATALOG, 100))
			.isEqualTo(new Price(new BigDecimal("7.00"), "Volume price, 100+", "Promo", true));
	}

	@Test
	void aPercentageIsTakenOffTheCatalogPriceRoundedHalfUpToCents() {
		PriceSheet sheet = PriceSheet.of(Map.of(), List.of(row(GOLD, "Gold", 0, 1, PriceKind.PERCENT_OFF, "12.5"),
				row(GOLD, "Gold", 0, 20, PriceKind.PERCENT_OFF, "33.33")));

		assertThat(sheet.price(WIDGET, new BigDecimal("9.99"), 1))
			.isEqualTo(new Price(new BigDecimal("8.74"), "12.5% off", "Gold", true));
		assertThat(sheet.price(WIDGET, new BigDecimal("9.99"), 20).unit()).isEqualByComparingTo("6.66");
	}

	@Test
	void theLadderListsEachPriceFromTheFirstOrderableQuantityMergingEqualSteps() {
		List<ListPrice> rows = List.of(row(GOLD, "Gold", 0, 10, PriceKind.FIXED, "9.20"),
				row(GOLD, "Gold", 0, 50, PriceKind.FIXED, "8.50"), row(PROMO, "Promo", 9, 60, PriceKind.FIXED, "8.50"));
		PriceSheet sheet = PriceSheet.of(Map.of(), rows);

		assertThat(sheet.ladder(WIDGET, CATALOG, 1)).containsExactly(new PriceStep(1, 9, CATALOG, "Catalog price"),
				new PriceStep(10, 49, new BigDecimal("9.20"), "Volume price, 10+"),
				new PriceStep(50, null, new BigDecimal("8.50"), "Volume price, 50+"));
		assertThat(sheet.ladder(WIDGET, CATALOG, 12).get(0).range()).isEqualTo("12–49");
		assertThat(PriceSheet.catalogOnly().ladder(WIDGET, CATALOG, 1)).hasSize(1);
		assertThat(PriceSheet.catalogOnly().hasOwnPrice(WIDGET)).isFalse();
	}

}
