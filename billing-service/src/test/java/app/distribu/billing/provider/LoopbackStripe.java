package app.distribu.billing.provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Plays Stripe's API on 127.0.0.1 from recorded payloads (src/test/resources/stripe),
 * keeping every request it got so tests can check what the adapter sent. Ids are handed
 * out like Stripe's ({@code in_1}, {@code cus_2}, ...), and the same Idempotency-Key gets
 * the same answer, as at Stripe.
 */
final class LoopbackStripe implements AutoCloseable {

	enum PayOutcome {

		PAID, REQUIRES_ACTION, DECLINED

	}

	record Request(String method, String path, String idempotencyKey, String authorization, Map<String, String> form) {

	}

	final List<Request> requests = new CopyOnWriteArrayList<>();

	volatile PayOutcome payOutcome = PayOutcome.PAID;

	private final HttpServer server;

	private final AtomicInteger ids = new AtomicInteger();

	private final Map<String, String> replays = new java.util.concurrent.ConcurrentHashMap<>();

	private final Map<String, Map<String, String>> invoices = new java.util.concurrent.ConcurrentHashMap<>();

	LoopbackStripe() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	List<Request> requests(String method, String pathPrefix) {
		return this.requests.stream()
			.filter((r) -> r.method().equals(method) && r.path().startsWith(pathPrefix))
			.toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
		Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), key,
				exchange.getRequestHeaders().getFirst("Authorization"), form(body));
		this.requests.add(request);
		String replayKey = (key != null) ? request.method() + request.path() + key : null;
		String[] answer;
		if (replayKey != null && this.replays.containsKey(replayKey)) {
			answer = this.replays.get(replayKey).split("\n", 2);
		}
		else {
			answer = answer(request);
			if (replayKey != null) {
				this.replays.put(replayKey, answer[0] + "\n" + answer[1]);
			}
		}
		byte[] bytes = answer[1].getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.getResponseHeaders().add("Request-Id", "req_" + this.ids.incrementAndGet());
		exchange.sendResponseHeaders(Integer.parseInt(answer[0]), bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	/** {"status", "body"} */
	private String[] answer(Request request) {
		String path = request.path();
		Map<String, String> form = request.form();
		int n = this.ids.incrementAndGet();
		if (path.equals("/v1/customers")) {
			return ok(fill("customer.json", Map.of("n", "" + n, "company", form.get("metadata[distribu_company_id]"))));
		}
		if (path.equals("/v1/invoices")) {
			String id = "in_" + n;
			Map<String, String> invoice = new LinkedHashMap<>();
			invoice.put("invoice", id);
			invoice.put("distribu_invoice", form.get("metadata[distribu_invoice_id]"));
			invoice.put("number", form.get("metadata[distribu_invoice_number]"));
			invoice.put("amount", "0");
			this.invoices.put(id, invoice);
			return ok(invoice(id, "draft", false));
		}
		if (path.equals("/v1/invoiceitems")) {
			Map<String, String> invoice = this.invoices.get(form.get("invoice"));
			invoice.put("amount", "" + (Long.parseLong(invoice.get("amount")) + Long.parseLong(form.get("amount"))));
			return ok(fill("invoiceitem.json", Map.of("n", "" + n, "amount", form.get("amount"), "description",
					form.get("description"), "invoice", form.get("invoice"))));
		}
		if (path.startsWith("/v1/invoices/") && path.endsWith("/finalize")) {
			return ok(invoice(path.split("/")[3], "open", false));
		}
		if (path.startsWith("/v1/invoices/") && path.endsWith("/pay")) {
			String id = path.split("/")[3];
			return switch (this.payOutcome) {
				case PAID -> ok(invoice(id, "paid", true));
				case REQUIRES_ACTION -> new String[] { "402", resource("error-authentication-required.json") };
				case DECLINED -> new String[] { "402", resource("error-card-declined.json") };
			};
		}
		if (path.startsWith("/v1/invoices/") && request.method().equals("GET")) {
			return ok(invoice(path.split("/")[3], "paid", true));
		}
		if (path.equals("/v1/refunds")) {
			return ok(fill("refund.json",
					Map.of("n", "" + n, "amount", form.get("amount"), "payment_intent", form.get("payment_intent"))));
		}
		if (path.equals("/v1/billing_portal/sessions")) {
			return ok(fill("portal-session.json",
					Map.of("n", "" + n, "customer", form.get("customer"), "return_url", form.get("return_url"))));
		}
		return new String[] { "404",
				"{\"error\": {\"type\": \"invalid_request_error\", \"message\": \"Unrecognized request URL\"}}" };
	}

	private String invoice(String id, String status, boolean withPayments) {
		Map<String, String> invoice = this.invoices.get(id);
		Map<String, String> values = new LinkedHashMap<>(invoice);
		boolean open = !status.equals("draft");
		boolean paid = status.equals("paid");
		values.put("status", status);
		values.put("amount_paid", paid ? invoice.get("amount") : "0");
		values.put("amount_remaining", paid ? "0" : invoice.get("amount"));
		values.put("attempts", paid ? "1" : "0");
		values.put("attempted", paid ? "true" : "false");
		values.put("hosted", open ? "\"https://invoice.stripe.com/i/acct_1Qx/test_" + id + "\"" : "null");
		values.put("pdf", open ? "\"https://pay.stripe.com/invoice/acct_1Qx/test_" + id + "/pdf\"" : "null");
		values.put("stripe_number", open ? "\"7C1A2B3D-000" + id.substring(3) + "\"" : "null");
		values.put("payments", withPayments ? fill("payments.json", values) : "null");
		return fill("invoice.json", values);
	}

	static String fill(String fixture, Map<String, String> values) {
		String text = resource(fixture);
		for (Map.Entry<String, String> value : values.entrySet()) {
			text = text.replace("{{" + value.getKey() + "}}", value.getValue());
		}
		return text;
	}

	static String resource(String name) {
		try (InputStream in = LoopbackStripe.class.getResourceAsStream("/stripe/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String[] ok(String body) {
		return new String[] { "200", body };
	}

	private static Map<String, String> form(String body) {
		Map<String, String> form = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			if (!pair.isEmpty()) {
				String[] kv = pair.split("=", 2);
				form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
						(kv.length > 1) ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
			}
		}
		return form;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
