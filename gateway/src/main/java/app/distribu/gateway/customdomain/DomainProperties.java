package app.distribu.gateway.customdomain;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicBaseUrl the platform's own address ({@code PUBLIC_BASE_URL}); its host is
 * never a custom domain
 * @param platformHosts further host names of the platform itself ({@code PLATFORM_HOSTS},
 * comma-separated), e.g. an internal name probes use
 * @param cacheFor how long an answer about a host is kept; a removed domain stops working
 * within this time
 */
@ConfigurationProperties("distribu.gateway.custom-domains")
record DomainProperties(URI publicBaseUrl, List<String> platformHosts, Duration cacheFor) {

	DomainProperties {
		publicBaseUrl = (publicBaseUrl != null) ? publicBaseUrl : URI.create("http://localhost:8080");
		platformHosts = (platformHosts != null) ? List.copyOf(platformHosts) : List.of();
		cacheFor = (cacheFor != null) ? cacheFor : Duration.ofSeconds(30);
	}

	Set<String> ownHosts() {
		return Stream.concat(Stream.of(this.publicBaseUrl.getHost(), "localhost"), this.platformHosts.stream())
			.filter((host) -> host != null && !host.isBlank())
			.map((host) -> host.trim().toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
	}

}
