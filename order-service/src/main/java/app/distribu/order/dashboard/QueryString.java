package app.distribu.order.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Filters carried along by "Older orders" and "Export CSV" links. */
final class QueryString {

	private QueryString() {
	}

	/** {@code a=1&b=2}, encoded, or an empty string. */
	static String of(Map<String, String> params) {
		return params.entrySet()
			.stream()
			.map((param) -> param.getKey() + "=" + URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
