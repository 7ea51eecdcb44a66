package app.distribu.customer.throttle;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Requests that send mail (a sign-in link, a registration), per hour: to one email
 * address ({@code STOREFRONT_REQUESTS_PER_ADDRESS}), at one store
 * ({@code STOREFRONT_REQUESTS_PER_STORE}) and from one client address
 * ({@code STOREFRONT_REQUESTS_PER_CLIENT}); and how many mails may wait to be sent
 * ({@code STOREFRONT_MAIL_QUEUE}).
 */
@ConfigurationProperties("distribu.customer.storefront-limits")
record ThrottleProperties(int perAddress, int perStore, int perClient, int mailQueue) {

	ThrottleProperties {
		perAddress = (perAddress > 0) ? perAddress : 5;
		perStore = (perStore > 0) ? perStore : 200;
		perClient = (perClient > 0) ? perClient : 30;
		mailQueue = (mailQueue > 0) ? mailQueue : 200;
	}

}
