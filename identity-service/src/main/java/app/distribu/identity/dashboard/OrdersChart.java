package app.distribu.identity.dashboard;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Orders per day as bars of a small SVG drawn on the server: no script, no chart library.
 * Coordinates are in the SVG's own 600 × 140 box; the browser scales it to the card.
 */
record OrdersChart(List<Bar> bars, int most, int total, String firstDay, String lastDay) {

	static final int WIDTH = 600;

	static final int PLOT_HEIGHT = 110;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

	static OrdersChart of(List<HomeFigures.Day> days, String currency) {
		int most = Math.max(1, days.stream().mapToInt(HomeFigures.Day::orders).max().orElse(0));
		double slot = (double) WIDTH / Math.max(1, days.size());
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < days.size(); i++) {
			HomeFigures.Day day = days.get(i);
			// An empty day still gets a sliver, so the axis reads as 30 days.
			int height = Math.max(2, (int) Math.round((double) PLOT_HEIGHT * day.orders() / most));
			bars.add(new Bar(round(i * slot + 2), PLOT_HEIGHT - height, round(slot - 4), height, day.orders() > 0,
					DAY.format(day.date()) + ": " + day.orders() + ((day.orders() == 1) ? " order, " : " orders, ")
							+ day.revenue() + " " + currency));
		}
		int total = days.stream().mapToInt(HomeFigures.Day::orders).sum();
		return new OrdersChart(bars, most, total, days.isEmpty() ? "" : DAY.format(days.get(0).date()),
				days.isEmpty() ? "" : DAY.format(days.get(days.size() - 1).date()));
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	record Bar(double x, int y, double width, int height, boolean filled, String title) {

	}

}
