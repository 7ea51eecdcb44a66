package app.distribu.order.storefront;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;

import app.distribu.order.ordering.OrderDesk;

/**
 * What a visitor put in the cart before signing in, kept in a cookie of that store only
 * ({@code Path=/store/{slug}}) until they sign in and open the cart, where it joins their
 * cart. The cookie holds SKUs and quantities the visitor chose themselves, so it needs no
 * seal; the cart checks them like any typed line.
 */
final class PendingCart {

	static final String COOKIE = "DISTRIBU_PENDING_CART";

	/** Enough for a browsing visitor; older items make room for newer ones. */
	static final int MAX_ITEMS = 20;

	private static final int WEEK = 7 * 24 * 3600;

	private PendingCart() {
	}

	static List<OrderDesk.Item> read(HttpServletRequest request) {
		String value = cookie(request);
		if (value == null) {
			return List.of();
		}
		Map<String, Integer> items = new LinkedHashMap<>();
		for (String entry : URLDecoder.decode(value, StandardCharsets.UTF_8).split("\\|")) {
			int star = entry.lastIndexOf('*');
			Integer quantity = (star > 0) ? Quantity.parse(entry.substring(star + 1)) : null;
			if (quantity != null && !entry.substring(0, star).isBlank()) {
				items.merge(entry.substring(0, star).strip(), quantity,
						(a, b) -> Math.min(a + b, CartRepository.MAX_QUANTITY));
			}
		}
		List<OrderDesk.Item> list = new ArrayList<>();
		items.forEach((sku, quantity) -> list.add(new OrderDesk.Item(sku, quantity)));
		return list;
	}

	static void add(HttpServletRequest request, HttpServletResponse response, String slug, String sku, int quantity) {
		List<OrderDesk.Item> items = new ArrayList<>(read(request));
		items.add(new OrderDesk.Item(sku, quantity));
		List<OrderDesk.Item> kept = items.subList(Math.max(0, items.size() - MAX_ITEMS), items.size());
		StringBuilder value = new StringBuilder();
		for (OrderDesk.Item item : kept) {
			value.append((value.length() > 0) ? "|" : "").append(item.sku()).append('*').append(item.quantity());
		}
		write(response, request, slug, URLEncoder.encode(value.toString(), StandardCharsets.UTF_8), WEEK);
	}

	static void clear(HttpServletRequest request, HttpServletResponse response, String slug) {
		if (cookie(request) != null) {
			write(response, request, slug, "", 0);
		}
	}

	private static void write(HttpServletResponse response, HttpServletRequest request, String slug, String value,
			int maxAge) {
		response.addHeader("Set-Cookie",
				ResponseCookie.from(COOKIE, value)
					.path("/store/" + slug)
					.maxAge(maxAge)
					.httpOnly(true)
					.secure(request.isSecure())
					.sameSite("Lax")
					.build()
					.toString());
	}

	private static String cookie(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return null;
		}
		for (Cookie cookie : request.getCookies()) {
			if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
				return cookie.getValue();
			}
		}
		return null;
	}

}
