package app.distribu.bench;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The raw order transaction's rate at each client count, in both forms, measured right
 * before the API load of the same run so that each ratio compares like with like.
 */
final class Ceilings {

	private Ceilings() {
	}

	static List<Load.Result> measure(String jdbcUrl, List<Integer> clients, Duration warmup, Duration duration)
			throws SQLException, InterruptedException {
		List<Load.Result> results = new ArrayList<>();
		for (RawOrders.Form form : RawOrders.Form.values()) {
			RawOrders raw = new RawOrders(jdbcUrl, form);
			raw.prepare();
			try {
				for (int n : clients) {
					Load.Result result = Load.run("raw " + form.name().toLowerCase() + " " + n, n, warmup, duration,
							raw.operation(n));
					result.print();
					results.add(result);
				}
			}
			finally {
				raw.cleanUp();
			}
		}
		return results;
	}

}
