package app.distribu.platform.outbound;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The guard and the pinned client for every service that calls user-given URLs. */
@AutoConfiguration
@EnableConfigurationProperties(OutboundProperties.class)
public class OutboundAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	OutboundGuard outboundGuard(OutboundProperties properties) {
		return new OutboundGuard(properties.policy(), HostResolver.SYSTEM);
	}

	/**
	 * Callers bound their own concurrency (webhooks: per endpoint); the pool only keeps
	 * connections alive, so it must never be what requests wait for — many endpoints may
	 * share one host.
	 */
	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	PinnedHttpClient pinnedHttpClient() {
		return new PinnedHttpClient(1024, 1024);
	}

}
