package app.distribu.gateway.session;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param refresh how long a subject's session version is trusted before identity is asked
 * again ({@code SESSION_VERSION_REFRESH}, default 10 s): the longest a revocation can go
 * unseen when its event does not arrive (broker down)
 */
@ConfigurationProperties("distribu.gateway.sessions")
record SessionProperties(Duration refresh) {

	SessionProperties {
		if (refresh == null || refresh.isNegative()) {
			refresh = Duration.ofSeconds(10);
		}
	}

}
