package app.distribu.order.ordering;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static app.distribu.order.ordering.AnOrder.anOrder;
import static app.distribu.order.ordering.OrderStatus.CANCELLED;
import static app.distribu.order.ordering.OrderStatus.CONFIRMED;
import static app.distribu.order.ordering.OrderStatus.DELIVERED;
import static app.distribu.order.ordering.OrderStatus.SHIPPED;
import static app.distribu.order.ordering.OrderStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules an order keeps about its status, without Spring or a database. */
class OrderTest {

	static final UUID STAFF = UUID.randomUUID();

	static final Instant NOW = Instant.parse("2026-03-05T10:00:00Z");

	@Test
	void aSubmittedOrderCanBeConfirmed() {
		Order order = anOrder().in(SUBMITTED).build();

		StatusTransition transition = order.changeStatus(CONFIRMED, STAFF, NOW);

		assertThat(transition.changed()).isTrue();
		assertThat(transition.from()).isEqualTo(SUBMITTED);
		assertThat(transition.after().status()).isEqualTo(CONFIRMED);
		assertThat(transition.after().version()).isEqualTo(order.version() + 1);
		assertThat(transition.by()).isEqualTo(STAFF);
		assertThat(transition.at()).isEqualTo(NOW);
		assertThat(order.status()).as("the order read stays as it was").isEqualTo(SUBMITTED);
	}

	@Test
	void anOrderCanMoveBackAndSkipStatuses() {
		assertThat(anOrder().in(DELIVERED).build().changeStatus(SUBMITTED, STAFF, NOW).to()).isEqualTo(SUBMITTED);
		assertThat(anOrder().in(SUBMITTED).build().changeStatus(DELIVERED, STAFF, NOW).to()).isEqualTo(DELIVERED);
	}

	@Test
	void aShippedOrderCanStillBeCancelled() {
		assertThat(anOrder().in(SHIPPED).build().changeStatus(CANCELLED, STAFF, NOW).to()).isEqualTo(CANCELLED);
	}

	@Test
	void aCancelledOrderCannotChangeStatusAgain() {
		Order cancelled = anOrder().in(CANCELLED).build();

		for (OrderStatus to : OrderStatus.values()) {
			assertThatThrownBy(() -> cancelled.changeStatus(to, STAFF, NOW)).isInstanceOf(CancelledOrderIsFinal.class)
				.hasMessage("Order 1042 is cancelled. A cancelled order can't change status; "
						+ "create a new order with the same lines instead.");
		}
	}

	@Test
	void movingToTheStatusItHasChangesNothing() {
		Order order = anOrder().in(CONFIRMED).build();

		StatusTransition transition = order.changeStatus(CONFIRMED, STAFF, NOW);

		assertThat(transition.changed()).isFalse();
		assertThat(transition.after()).isSameAs(order);
		assertThat(transition.givesStockBack()).isFalse();
	}

	@Test
	void cancellingGivesTheStockBackFromEveryStatus() {
		for (OrderStatus from : new OrderStatus[] { SUBMITTED, CONFIRMED, SHIPPED, DELIVERED }) {
			assertThat(anOrder().in(from).build().changeStatus(CANCELLED, STAFF, NOW).givesStockBack()).as(from.name())
				.isTrue();
		}
	}

	@Test
	void noOtherMoveGivesStockBack() {
		assertThat(anOrder().in(SUBMITTED).build().changeStatus(SHIPPED, STAFF, NOW).givesStockBack()).isFalse();
		assertThat(anOrder().in(SHIPPED).build().changeStatus(DELIVERED, STAFF, NOW).givesStockBack()).isFalse();
	}

	@Test
	void aCancelledOrderHasNoNextStatusAndAnOpenOneHasAllTheOthers() {
		assertThat(anOrder().in(CANCELLED).build().nextStatuses()).isEmpty();
		assertThat(anOrder().in(SHIPPED).build().nextStatuses()).containsExactly(SUBMITTED, CONFIRMED, DELIVERED,
				CANCELLED);
	}

	@Test
	void aCancelledOrderNoLongerCountsAsOwed() {
		assertThat(anOrder().in(CONFIRMED).build().unpaid()).isTrue();
		assertThat(anOrder().in(CANCELLED).build().unpaid()).isFalse();
	}

}
