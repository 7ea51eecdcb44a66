package app.distribu.identity.storefront;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dnsServers where TXT records are looked up ({@code DNS_SERVERS}): blank for the
 * machine's resolvers, or {@code host:port} entries separated by spaces (tests point it
 * at a DNS server on 127.0.0.1)
 * @param dnsTimeout how long one lookup may take
 */
@ConfigurationProperties("distribu.identity.domains")
record DomainProperties(String dnsServers, Duration dnsTimeout) {

	DomainProperties {
		dnsServers = (dnsServers != null) ? dnsServers.trim() : "";
		dnsTimeout = (dnsTimeout != null) ? dnsTimeout : Duration.ofSeconds(3);
	}

}
