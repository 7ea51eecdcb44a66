package app.distribu.billing.plan;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits and list prices of every plan (application.yml, docs/billing-service.md).
 * Enterprise has no list price: the team agrees one per company.
 *
 * @param plans the terms of each plan
 * @param defaultCurrency the currency of companies whose own has no price list
 */
@ConfigurationProperties("distribu.billing")
public record PlanCatalog(Map<Plan, Terms> plans, String defaultCurrency) {

	public PlanCatalog {
		for (Plan plan : Plan.values()) {
			if (plans == null || !plans.containsKey(plan)) {
				throw new IllegalArgumentException("distribu.billing.plans." + plan + " is not configured");
			}
		}
		defaultCurrency = (defaultCurrency != null) ? defaultCurrency : "USD";
	}

	public Terms terms(Plan plan) {
		return this.plans.get(plan);
	}

	/** A null limit is unlimited. */
	public Integer monthlyOrderLimit(Plan plan) {
		return terms(plan).monthlyOrderLimit();
	}

	public int apiRequestsPerMinute(Plan plan) {
		return terms(plan).apiRequestsPerMinute();
	}

	/** The currency invoices of a company with {@code currency} are in. */
	public String billingCurrency(String currency) {
		return (currency != null && terms(Plan.STARTER).prices().containsKey(currency)) ? currency
				: this.defaultCurrency;
	}

	/** The list price of one interval, in cents; empty for Enterprise. */
	public Optional<Long> price(Plan plan, BillingInterval interval, String currency) {
		Map<String, Prices> prices = terms(plan).prices();
		if (prices == null || !prices.containsKey(currency)) {
			return Optional.empty();
		}
		Prices price = prices.get(currency);
		return Optional.of(Money.cents((interval == BillingInterval.ANNUAL) ? price.annual() : price.monthly()));
	}

	public record Terms(Integer monthlyOrderLimit, int apiRequestsPerMinute, Map<String, Prices> prices) {

	}

	public record Prices(BigDecimal monthly, BigDecimal annual) {

	}

}
