package app.distribu.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The floor to compare the API against: the order transaction written by hand in plain
 * JDBC, in a scratch schema of the same PostgreSQL: number, three conditional stock
 * decrements in product order, order, lines and an outbox row, one commit.
 */
final class RawOrders {

	private static final UUID COMPANY = UUID.randomUUID();

	private final String jdbcUrl;

	private final List<UUID> products = new ArrayList<>();

	RawOrders(String jdbcUrl) {
		this.jdbcUrl = jdbcUrl;
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
			for (int i = 1; i <= 3; i++) {
				UUID id = UUID.randomUUID();
				this.products.add(id);
				sql.execute("insert into bench_raw.product values ('" + id + "', '" + COMPANY + "', 'RAW-" + i
						+ "', 9.99, 100000000)");
			}
		}
		this.products.sort(null);
	}

	/** One connection per client, as a pool would give each busy thread. */
	Load.Operation operation(int clients) throws SQLException {
		List<Connection> connections = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			Connection connection = DriverManager.getConnection(this.jdbcUrl);
			connection.setAutoCommit(false);
			connections.add(connection);
		}
		return (client) -> {
			placeOrder(connections.get(client));
			return "ok";
		};
	}

	private void placeOrder(Connection db) throws SQLException {
		try {
			UUID orderId = UUID.randomUUID();
			long number;
			try (PreparedStatement next = db.prepareStatement("insert into bench_raw.order_number values (?, 1) "
					+ "on conflict (company_id) do update set last = bench_raw.order_number.last + 1 returning last")) {
				next.setObject(1, COMPANY);
				try (ResultSet row = next.executeQuery()) {
					row.next();
					number = row.getLong(1);
				}
			}
			BigDecimal total = BigDecimal.ZERO;
			List<BigDecimal> prices = new ArrayList<>();
			try (PreparedStatement take = db.prepareStatement("update bench_raw.product set stock = stock - 1 "
					+ "where id = ? and company_id = ? and stock >= 1 returning price")) {
				for (UUID product : this.products) {
					take.setObject(1, product);
					take.setObject(2, COMPANY);
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
				order.setObject(2, COMPANY);
				order.setLong(3, number);
				order.setObject(4, COMPANY);
				order.setBigDecimal(5, total);
				order.executeUpdate();
			}
			try (PreparedStatement line = db
				.prepareStatement("insert into bench_raw.order_line values (?, ?, ?, 'RAW', ?, 1)")) {
				for (int i = 0; i < this.products.size(); i++) {
					line.setObject(1, orderId);
					line.setInt(2, i + 1);
					line.setObject(3, this.products.get(i));
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
		try (Connection db = DriverManager.getConnection(this.jdbcUrl); Statement sql = db.createStatement()) {
			sql.execute("drop schema if exists bench_raw cascade");
		}
	}

}
