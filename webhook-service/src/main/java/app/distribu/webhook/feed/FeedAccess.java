package app.distribu.webhook.feed;

import java.util.List;

import org.springframework.http.HttpStatus;

import app.distribu.platform.contracts.EventContracts;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.NotPermitted;
import app.distribu.platform.security.PrincipalKind;
import app.distribu.platform.web.DomainProblem;

/**
 * Which event types a caller may read: team members all of them; an API key those whose
 * resource it may read ({@code orders:read} for {@code order.*} and {@code quote.*} —
 * quotes live under the order scopes —, {@code products:read} for {@code product.*},
 * {@code customers:read} for {@code customer.*}).
 */
final class FeedAccess {

	private FeedAccess() {
	}

	static List<String> readableTypes(DistribuPrincipal me) {
		if (me.kind() == PrincipalKind.USER) {
			return EventContracts.webhookTypes();
		}
		if (me.kind() != PrincipalKind.API_KEY) {
			throw new NotPermitted();
		}
		List<String> types = EventContracts.webhookTypes()
			.stream()
			.filter((type) -> me.scopes().contains(scopeOf(type)))
			.toList();
		if (types.isEmpty()) {
			throw new NoReadableEvents();
		}
		return types;
	}

	static String scopeOf(String type) {
		String resource = type.substring(0, type.indexOf('.'));
		return "quote".equals(resource) ? "orders:read" : resource + "s:read";
	}

	static class NoReadableEvents extends DomainProblem {

		NoReadableEvents() {
			super(HttpStatus.FORBIDDEN, "Missing scope",
					"This API key can read no events: the feed lists order and quote events to keys with orders:read, "
							+ "product events with products:read and customer events with customers:read. "
							+ "Scopes can't be changed after creation: create a new key with the scopes you need.");
		}

	}

}
