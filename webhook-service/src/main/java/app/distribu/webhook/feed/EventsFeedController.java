package app.distribu.webhook.feed;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.web.ListPage;
import app.distribu.platform.web.PageLimit;

/**
 * {@code GET /api/v1/events?after=&limit=}: the company's webhook events, oldest first,
 * with the bodies webhooks receive. {@code nextCursor} is always set, also on the last
 * page, so a client can keep polling from where it stopped.
 */
@RestController
class EventsFeedController {

	private final EventLog log;

	private final JsonMapper json;

	EventsFeedController(EventLog log, JsonMapper json) {
		this.log = log;
		this.json = json;
	}

	@GetMapping("/api/v1/events")
	ListPage<JsonNode> events(@AuthenticationPrincipal DistribuPrincipal me,
			@RequestParam(required = false) String after, @RequestParam(required = false) Integer limit) {
		List<String> types = FeedAccess.readableTypes(me);
		int size = PageLimit.of(limit);
		long position = FeedCursor.parse(after);
		List<EventLog.Entry> entries = this.log.after(me.companyId(), position, types, size + 1);
		boolean hasMore = entries.size() > size;
		List<EventLog.Entry> page = hasMore ? entries.subList(0, size) : entries;
		long last = page.isEmpty() ? position : page.get(page.size() - 1).position();
		return new ListPage<>(page.stream().map((entry) -> this.json.readTree(entry.body())).toList(), hasMore,
				FeedCursor.of(last));
	}

}
