package app.distribu.platform.outbound;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * What came back within the deadline.
 *
 * @param status the HTTP status code
 * @param headers response headers, names in lower case, the first value of each
 * @param excerpt the start of the body as text (at most the requested number of bytes)
 * @param elapsed from the start of the attempt to the end of the excerpt
 */
public record OutboundResponse(int status, Map<String, String> headers, String excerpt, Duration elapsed) {

	public Optional<String> header(String name) {
		return Optional.ofNullable(this.headers.get(name.toLowerCase(java.util.Locale.ROOT)));
	}

}
