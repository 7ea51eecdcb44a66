package app.distribu.bench;

/** Entry point: {@code bench/run.sh <scenario> [options]}; see bench/README.md. */
public final class Bench {

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		System.out.printf("%s: %d clients, %ds warm-up, %ds measured%n", options.scenario(), options.clients(),
				options.warmup().toSeconds(), options.duration().toSeconds());
		switch (options.scenario()) {
			case "orders" -> {
				Load.Result raw = rawOrders(options);
				Load.Result api = apiOrders(options);
				System.out.printf("API / raw PostgreSQL: %.2f (target ≥ 0.35); API p99 %.1f ms (target ≤ 50 ms)%n",
						api.perSecond() / raw.perSecond(), api.p99Micros() / 1000.0);
			}
			case "raw-orders" -> rawOrders(options);
			case "api-orders" -> apiOrders(options);
			case "storefront" -> storefront(options);
			case "webhooks" -> webhooks(options);
			default -> throw new IllegalArgumentException("Unknown scenario " + options.scenario()
					+ ": orders, raw-orders, api-orders, storefront or webhooks");
		}
	}

	private static Load.Result rawOrders(Options options) throws Exception {
		RawOrders raw = new RawOrders(options.jdbcUrl());
		raw.prepare();
		try {
			Load.Result result = Load.run("raw PostgreSQL order", options.clients(), options.warmup(),
					options.duration(), raw.operation(options.clients()));
			result.print();
			return result;
		}
		finally {
			raw.cleanUp();
		}
	}

	private static Load.Result apiOrders(Options options) throws Exception {
		new DemoOwner(options.baseUrl()).moveToEnterprise();
		ApiOrders orders = new ApiOrders(new StackApi(options.baseUrl(), options.dataDir()));
		orders.prepare();
		Load.Result result = Load.run("POST /api/v1/orders", options.clients(), options.warmup(), options.duration(),
				orders.operation(options.clients()));
		result.print();
		return result;
	}

	private static void webhooks(Options options) throws Exception {
		new DemoOwner(options.baseUrl()).moveToEnterprise();
		WebhookDeliveries webhooks = new WebhookDeliveries(new StackApi(options.baseUrl(), options.dataDir()),
				options.endpoints());
		webhooks.prepare();
		try {
			System.out.printf("%.1f orders/s, each to %d webhooks%n", options.rate(), options.endpoints());
			webhooks.run(options.rate(), options.warmup(), options.duration()).print(options.endpoints());
		}
		finally {
			webhooks.cleanUp();
		}
	}

	private static void storefront(Options options) throws Exception {
		StorefrontCatalog catalog = new StorefrontCatalog(options.baseUrl(), "demo");
		Load.Result result = Load.run("GET /store/demo", options.clients(), options.warmup(), options.duration(),
				catalog.operation(options.clients()));
		result.print();
		System.out.printf("p95 %.1f ms (target ≤ 100 ms server time with 10,000 products)%n",
				result.p95Micros() / 1000.0);
	}

}
