package app.distribu.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.function.Supplier;

import io.gatling.javaapi.core.ChainBuilder;

/** One {@code POST /api/v1/orders} of a run's fixture, named for the report. */
final class ApiOrder {

	private ApiOrder() {
	}

	static ChainBuilder place(String name, Supplier<OrderFixture> fixture) {
		return exec(http(name).post("/api/v1/orders")
			.body(StringBody((session) -> fixture.get().orderBody()))
			.check(status().is(201)));
	}

}
