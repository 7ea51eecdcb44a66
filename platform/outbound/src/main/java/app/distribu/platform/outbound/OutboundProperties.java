package app.distribu.platform.outbound;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param production true in production ({@code DISTRIBU_PRODUCTION}): https only, and
 * loopback refused whatever {@code allowLoopback} says
 * @param httpsOnly refuse plain http; unset follows {@code production}
 * ({@code OUTBOUND_HTTPS_ONLY})
 * @param allowLoopback let loopback addresses through, for the local stack and tests
 * ({@code OUTBOUND_ALLOW_LOOPBACK})
 */
@ConfigurationProperties("distribu.outbound")
public record OutboundProperties(boolean production, Boolean httpsOnly, boolean allowLoopback) {

	public OutboundPolicy policy() {
		if (this.production && this.allowLoopback) {
			throw new IllegalStateException(
					"OUTBOUND_ALLOW_LOOPBACK is for the local stack and tests; production never calls loopback addresses.");
		}
		boolean https = (this.httpsOnly != null) ? this.httpsOnly : this.production;
		if (this.production && !https) {
			throw new IllegalStateException("Production calls out over https only (OUTBOUND_HTTPS_ONLY).");
		}
		return new OutboundPolicy(https, this.allowLoopback);
	}

}
