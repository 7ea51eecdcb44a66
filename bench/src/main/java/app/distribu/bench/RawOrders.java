package app.distribu.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The floor to compare the API against: the order transaction written by hand in plain
 * JDBC, in a scratch schema {@code bench_raw} of the same PostgreSQL: number, three
 * conditional stock decrements in product order, order, lines and an outbox row, one
 * commit. Two forms: {@link Form#HOT} (every order takes the same three products of one
 * company, as the API benchmark does) and {@link Form#SPREAD} (orders over 50 companies ×
 * 1,000 products, so rows rarely collide).
 */
final class RawOrders {

	enum Form {

		HOT(1, 3), SPREAD(50, 1000);

		final int companies;

		final int productsEach;

		Form(int companies, int productsEach) {
			this.companies = companies;
			this.productsEach = productsEach;
		}

	}

	private final String jdbcUrl;

	private final Form form;

	/** Each company's product ids, sorted: locks are always taken in the same order. */
	private final Map<UUID, List<UUID>> products = new HashMap<>();

	private final List<UUID> companies = new ArrayList<>();

	private final List<Connection> open = new ArrayList<>();

	RawOrders(String jdbcUrl, Form form) {
		this.jdbcUrl = jdbcUrl;
		this.form = form;
	}

	void prepare() throws SQLException {
		try (Connection db = DriverManager.getConnection(this.jdbcUrl); Statement sql = db.createStatement()) {
			sql.execute("drop schema if exists bench_raw cascade");
			sql.execute("create schema bench_raw");
			sql.execute("create table bench_raw.product (id uuid primary key, company_id uuid not null, "
					+ "sku text not null, price numeric(12,2) not null, stock integer not null check (stock >= 0))");
			sql.execute("create table bench_raw.order_number (company_id uuid primary key, last bigint not null)");
			sql.execute("create table bench_raw.orders (id uuid primary key, company_id uuid not null, "
					+ "number bigint not null, customer_id uuid not null, status text not null, "
					+ "total numeric(12,2) not null, created_at timestamptz not null default now())");
			sql.execute("create table bench_raw.order_line (order_id uuid not null, position int not null, "
					+ "product_id uuid not null, sku text not null, unit_price numeric(12,2) not null, "
					+ "quantity int not null, primary key (order_id, position))");
			sql.execute("create table bench_raw.outbox (id bigserial primary key, topic text not null, "
					+ "payload jsonb not null, created_at timestamptz not null default now())");
			sql.execute("insert into bench_raw.product select gen_random_uuid(), c.id, 'RAW-' || p, 9.99, 100000000 "
					+ "from (select gen_random_uuid() as id from generate_series(1, " + this.form.companies
					+ ")) c, generate_series(1, " + this.form.productsEach + ") p");
			sql.execute("analyze bench_raw.product");
			try (ResultSet rows = sql.executeQuery("select company_id, id from bench_raw.product order by id")) {
				while (rows.next()) {
					UUID company = rows.getObject(1, UUID.class);
					this.products.computeIfAbsent(company, (any) -> {
						this.companies.add(company);
						return new ArrayList<>();
					}).add(rows.getObject(2, UUID.class));
				}
			}
		}
	}

	/** One connection per client, as a pool would give each busy thread. */
	Load.Operation operation(int clients) throws SQLException {
		List<Connection> connections = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			Connection connection = DriverManager.getConnection(this.jdbcUrl);
			connection.setAutoCommit(false);
			connections.add(connection);
			this.open.add(connection);
		}
		return (client) -> {
			placeOrder(connections.get(client));
			return "ok";
		};
	}

	/** Three distinct products of one company, in id order. */
	private List<UUID> pick(UUID company) {
		List<UUID> all = this.products.get(company);
		if (all.size() == 3) {
			return all;
		}
		ThreadLocalRandom random = ThreadLocalRandom.current();
		int[] at = random.ints(0, all.size()).distinct().limit(3).sorted().toArray();
		return List.of(all.get(at[0]), all.get(at[1]), all.get(at[2]));
	}

	private void placeOrder(Connection db) throws SQLException {
		UUID company = this.companies.get(ThreadLocalRandom.current().nextInt(this.companies.size()));
		List<UUID> lines = pick(company);
		try {
			UUID orderId = UUID.randomUUID();
			long number;
			try (PreparedStatement next = db.prepareStatement("insert into bench_raw.order_number values (?, 1) "
					+ "on conflict (company_id) do update set last = bench_raw.order_number.last + 1 returning last")) {
				next.setObject(1, company);
				try (ResultSet row = next.executeQuery()) {
					row.next();
					number = row.getLong(1);
				}
			}
			BigDecimal total = BigDecimal.ZERO;
			List<BigDecimal> prices = new ArrayList<>();
			try (PreparedStatement take = db.prepareStatement("update bench_raw.product set stock = stock - 1 "
					+ "where id = ? and company_id = ? and stock >= 1 returning price")) {
				for (UUID product : lines) {
					take.setObject(1, product);
					take.setObject(2, company);
					try (ResultSet row = take.executeQuery()) {
						row.next();
						prices.add(row.getBigDecimal(1));
						total = total.add(row.getBigDecimal(1));
					}
				}
			}
			try (PreparedStatement order = db.prepareStatement("insert into bench_raw.orders "
					+ "(id, company_id, number, customer_id, status, total) values (?, ?, ?, ?, 'SUBMITTED', ?)")) {
				order.setObject(1, orderId);
				order.setObject(2, company);
				order.setLong(3, number);
				order.setObject(4, company);
				order.setBigDecimal(5, total);
				order.executeUpdate();
			}
			try (PreparedStatement line = db
				.prepareStatement("insert into bench_raw.order_line values (?, ?, ?, 'RAW', ?, 1)")) {
				for (int i = 0; i < lines.size(); i++) {
					line.setObject(1, orderId);
					line.setInt(2, i + 1);
					line.setObject(3, lines.get(i));
					line.setBigDecimal(4, prices.get(i));
					line.addBatch();
				}
				line.executeBatch();
			}
			try (PreparedStatement outbox = db
				.prepareStatement("insert into bench_raw.outbox (topic, payload) values ('order.events', ?::jsonb)")) {
				outbox.setString(1, "{\"type\":\"order.created\",\"orderId\":\"" + orderId + "\"}");
				outbox.executeUpdate();
			}
			db.commit();
		}
		catch (SQLException ex) {
			db.rollback();
			throw ex;
		}
	}

	void cleanUp() throws SQLException {
		for (Connection connection : this.open) {
			connection.close();
		}
		try (Connection db = DriverManager.getConnection(this.jdbcUrl); Statement sql = db.createStatement()) {
			sql.execute("drop schema if exists bench_raw cascade");
		}
	}

}
