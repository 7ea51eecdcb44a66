package app.distribu.platform.security;

import java.util.List;

/**
 * Paths a service serves without a token (sign-up, storefront pages). Declare one bean
 * per service; the shared filter chain permits their union.
 */
public record PublicPaths(List<String> patterns) {

	public static PublicPaths of(String... patterns) {
		return new PublicPaths(List.of(patterns));
	}

}
