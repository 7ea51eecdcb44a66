package app.distribu.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * A page listing the mail in {@code .data/mail}, newest first; each message opens as text
 * with its links clickable (sign-up confirmations, invites, password resets).
 */
final class MailViewer implements AutoCloseable {

	private static final Pattern FILE_NAME = Pattern.compile("[0-9A-Za-z.-]+\\.eml");

	private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

	private static final Session SESSION = Session.getInstance(new Properties());

	private final HttpServer server;

	private final Path mailDir;

	private MailViewer(HttpServer server, Path mailDir) {
		this.server = server;
		this.mailDir = mailDir;
	}

	static MailViewer start(StackConfig config) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", config.mailViewerPort()), 0);
			MailViewer viewer = new MailViewer(server, config.mailDir());
			server.createContext("/", viewer::handle);
			server.start();
			return viewer;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the mail viewer on port " + config.mailViewerPort(), ex);
		}
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			if (path.equals("/")) {
				respond(exchange, 200, page("Mail", list()));
			}
			else if (path.equals("/favicon.ico")) {
				exchange.sendResponseHeaders(204, -1);
			}
			else if (path.startsWith("/messages/") && FILE_NAME.matcher(path.substring(10)).matches()
					&& Files.exists(this.mailDir.resolve(path.substring(10)))) {
				respond(exchange, 200, page("Mail", message(this.mailDir.resolve(path.substring(10)))));
			}
			else if (path.startsWith("/html/") && FILE_NAME.matcher(path.substring(6)).matches()
					&& Files.exists(this.mailDir.resolve(path.substring(6)))) {
				html(exchange, read(this.mailDir.resolve(path.substring(6))));
			}
			else {
				respond(exchange, 404, page("Not found", "<p>No such message. <a href=\"/\">All mail</a></p>"));
			}
		}
		catch (MessagingException ex) {
			respond(exchange, 500, page("Unreadable", "<p>" + escape(ex.getMessage()) + "</p>"));
		}
	}

	private String list() throws IOException, MessagingException {
		StringBuilder rows = new StringBuilder();
		for (Path file : files()) {
			MimeMessage message = read(file);
			rows.append("<tr><td>")
				.append(escape(String.valueOf(message.getSentDate())))
				.append("</td><td>")
				.append(escape(addresses(message.getAllRecipients())))
				.append("</td><td><a href=\"/messages/")
				.append(file.getFileName())
				.append("\">")
				.append(escape(String.valueOf(message.getSubject())))
				.append("</a></td></tr>");
		}
		if (rows.isEmpty()) {
			return "<p>No mail yet. Everything the services send to any address shows up here.</p>";
		}
		return "<table><tr><th>Time</th><th>To</th><th>Subject</th></tr>" + rows + "</table>";
	}

	private String message(Path file) throws IOException, MessagingException {
		MimeMessage message = read(file);
		String html = (textOf(message, "text/html") != null) ? " &middot; <a id=\"as-html\" href=\"/html/"
				+ file.getFileName() + "\">See it as the recipient does (HTML)</a>" : "";
		return "<p><a href=\"/\">&larr; All mail</a>" + html + "</p><h2>" + escape(String.valueOf(message.getSubject()))
				+ "</h2><p>From: " + escape(addresses(message.getFrom())) + "<br>To: "
				+ escape(addresses(message.getAllRecipients())) + "<br>Date: " + message.getSentDate() + "</p>"
				+ body(message);
	}

	/** Plain text with its links made clickable; HTML-only mail is shown cleaned. */
	private static String body(Part part) throws IOException, MessagingException {
		String text = textOf(part, "text/plain");
		if (text != null) {
			Matcher links = URL.matcher(escape(text));
			return "<pre>" + links.replaceAll((link) -> "<a href=\"" + link.group() + "\">" + link.group() + "</a>")
					+ "</pre>";
		}
		String html = textOf(part, "text/html");
		return (html != null) ? "<div>" + Jsoup.clean(html, Safelist.basic()) + "</div>" : "<p>(no text)</p>";
	}

	private static String textOf(Part part, String type) throws IOException, MessagingException {
		if (part.isMimeType(type)) {
			return part.getContent().toString();
		}
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				String text = textOf(child, type);
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	/**
	 * The HTML body as the services wrote it. It is their own template, shown here with
	 * scripts and other origins' content switched off except images (a store's logo).
	 */
	private static void html(HttpExchange exchange, MimeMessage message) throws IOException, MessagingException {
		String html = textOf(message, "text/html");
		if (html == null) {
			respond(exchange, 404, page("No HTML", "<p>This mail has only text. <a href=\"/\">All mail</a></p>"));
			return;
		}
		exchange.getResponseHeaders()
			.set("Content-Security-Policy", "default-src 'none'; img-src * data:; style-src 'unsafe-inline'");
		respond(exchange, 200, html);
	}

	private List<Path> files() throws IOException {
		if (!Files.isDirectory(this.mailDir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(this.mailDir)) {
			return files.filter((file) -> FILE_NAME.matcher(file.getFileName().toString()).matches())
				.sorted(Comparator.comparing(MailViewer::modified).reversed())
				.toList();
		}
	}

	private static long modified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toMillis();
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private static MimeMessage read(Path file) throws IOException, MessagingException {
		try (InputStream in = Files.newInputStream(file)) {
			return new MimeMessage(SESSION, in);
		}
	}

	private static String addresses(Address[] addresses) {
		if (addresses == null) {
			return "";
		}
		return String.join(", ", Stream.of(addresses).map(Address::toString).toList());
	}

	private static String escape(String text) {
		return Entities.escape(text);
	}

	private static String page(String title, String content) {
		return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title + " · Distribu local</title>"
				+ "<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem}"
				+ "table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.4rem;"
				+ "border-bottom:1px solid #ddd}pre{white-space:pre-wrap}</style></head><body><h1>" + title + "</h1>"
				+ content + "</body></html>";
	}

	private static void respond(HttpExchange exchange, int status, String html) throws IOException {
		byte[] body = html.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
