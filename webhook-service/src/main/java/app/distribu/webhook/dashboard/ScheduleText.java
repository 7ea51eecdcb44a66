package app.distribu.webhook.dashboard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The retry schedule in words, for the page. */
final class ScheduleText {

	private ScheduleText() {
	}

	static String of(List<Duration> waits, Duration span) {
		List<String> parts = new ArrayList<>();
		int i = 0;
		while (i < waits.size()) {
			int same = 1;
			while (i + same < waits.size() && waits.get(i + same).equals(waits.get(i))) {
				same++;
			}
			parts.add((same > 1) ? same + " × " + words(waits.get(i)) : words(waits.get(i)));
			i += same;
		}
		return "A failed delivery is tried again " + waits.size() + " times, over about " + words(span)
				+ ", each wait a little longer than the last: after " + String.join(", ", parts)
				+ ". A receiver's Retry-After on 429 or 503 is honoured. Redirects count as failures.";
	}

	static String words(Duration duration) {
		long seconds = duration.toSeconds();
		if (seconds < 60) {
			return seconds + " s";
		}
		if (seconds < 3600) {
			return (seconds / 60) + " min";
		}
		if (seconds < 2 * 86_400) {
			long minutes = (seconds % 3600) / 60;
			return (seconds / 3600) + " h" + ((minutes > 0) ? " " + minutes + " min" : "");
		}
		long hours = (seconds % 86_400) / 3600;
		return (seconds / 86_400) + " days" + ((hours > 0) ? " " + hours + " h" : "");
	}

}
