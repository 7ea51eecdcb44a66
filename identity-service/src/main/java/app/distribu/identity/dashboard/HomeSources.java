package app.distribu.identity.dashboard;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Asks order, catalog and customer for the home page's figures at the same time, each
 * with the viewer's token (so each answers for the viewer's company only) and a short
 * timeout. A service that fails or is slow leaves its part empty; the rest of the page
 * still shows.
 */
@Component
@EnableConfigurationProperties(DashboardUpstreams.class)
class HomeSources {

	private static final Logger log = LoggerFactory.getLogger(HomeSources.class);

	private final RestClient orders;

	private final RestClient catalog;

	private final RestClient customers;

	private final DashboardUpstreams upstreams;

	private final SimpleAsyncTaskExecutor calls = new SimpleAsyncTaskExecutor("dashboard-home-");

	HomeSources(RestClient.Builder builder, DashboardUpstreams upstreams) {
		SimpleClientHttpRequestFactory http = new SimpleClientHttpRequestFactory();
		http.setConnectTimeout(upstreams.timeout());
		http.setReadTimeout(upstreams.timeout());
		this.orders = builder.clone().requestFactory(http).baseUrl(upstreams.orderUrl()).build();
		this.catalog = builder.clone().requestFactory(http).baseUrl(upstreams.catalogUrl()).build();
		this.customers = builder.clone().requestFactory(http).baseUrl(upstreams.customerUrl()).build();
		this.upstreams = upstreams;
		this.calls.setConcurrencyLimit(64);
	}

	/**
	 * {@code token}: the viewer's, passed on explicitly (the calls run on other threads).
	 */
	HomeFigures figures(String token, String currency) {
		CompletableFuture<HomeFigures.Orders> orders = ask("orders",
				() -> this.orders.get()
					.uri("/internal/dashboard/orders?currency={currency}", currency)
					.headers((headers) -> headers.setBearerAuth(token))
					.retrieve()
					.body(HomeFigures.Orders.class));
		CompletableFuture<HomeFigures.Stock> stock = ask("stock",
				() -> this.catalog.get()
					.uri("/internal/dashboard/stock")
					.headers((headers) -> headers.setBearerAuth(token))
					.retrieve()
					.body(HomeFigures.Stock.class));
		CompletableFuture<HomeFigures.Registrations> registrations = ask("registrations",
				() -> this.customers.get()
					.uri("/internal/dashboard/customers")
					.headers((headers) -> headers.setBearerAuth(token))
					.retrieve()
					.body(HomeFigures.Registrations.class));
		return new HomeFigures(await(orders), await(stock), await(registrations));
	}

	private <T> CompletableFuture<T> ask(String part, Supplier<T> call) {
		return CompletableFuture.supplyAsync(call, this.calls).exceptionally((ex) -> {
			log.warn("Dashboard home: {} unavailable: {}", part, ex.getMessage());
			return null;
		});
	}

	/** Never longer than the timeout and a little more, whatever the client does. */
	private <T> T await(CompletableFuture<T> future) {
		try {
			return future.get(this.upstreams.timeout().toMillis() + 500, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			future.cancel(true);
			return null;
		}
	}

}
