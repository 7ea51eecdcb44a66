package app.distribu.order.quota;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param defaultMonthlyOrderLimit the limit of a company billing has not told us about
 * yet: a brand-new company, whose Growth trial event is still on its way
 */
@ConfigurationProperties("distribu.quota")
record QuotaProperties(@DefaultValue("1000") int defaultMonthlyOrderLimit) {

}
