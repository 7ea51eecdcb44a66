package app.distribu.order.dashboard;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import app.distribu.order.ordering.Order;
import app.distribu.order.ordering.OrderSource;

/** How the detail page words an order's values. */
public record OrderView(Order order) {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	public String created() {
		return WHEN.format(this.order.createdAt());
	}

	public String money(BigDecimal amount) {
		return amount.toPlainString() + " " + this.order.currency();
	}

	public String badge() {
		return switch (this.order.status()) {
			case CANCELLED -> "badge bad";
			case SUBMITTED -> "badge warn";
			default -> "badge ok";
		};
	}

	public String source() {
		return switch (this.order.source()) {
			case API -> "API";
			case STOREFRONT -> "Storefront";
			case DASHBOARD -> "Dashboard";
		};
	}

	/**
	 * Who made a change. Only ids are recorded; the creator is named by the channel the
	 * order came through, because an API key or a contact is not a team member.
	 */
	public String who(HistoryLine change, UUID me) {
		if (change.changedBy().equals(me)) {
			return "You";
		}
		if (change.from() == null && this.order.source() != OrderSource.DASHBOARD) {
			return (this.order.source() == OrderSource.API) ? "API key" : "Storefront customer";
		}
		return "Team member " + change.changedBy().toString().substring(0, 8);
	}

}
