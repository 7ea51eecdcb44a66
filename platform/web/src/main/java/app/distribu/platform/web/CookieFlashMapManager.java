package app.distribu.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.AbstractFlashMapManager;

import app.distribu.platform.secrets.SecretBox;

/**
 * Flash attributes (what a POST hands to the page it redirects to) travel in a sealed,
 * short-lived cookie instead of an HTTP session, so POST/redirect/GET works on any
 * replica of a stateless service. The cookie is AES-GCM sealed with the service's
 * {@code ENCRYPTION_KEYS}: a value shown once (a new API key) is never readable or
 * forgeable in the browser, and it is gone after the page that showed it.
 * <p>
 * Attributes must be strings, numbers, booleans or records of such values (lists and maps
 * of them too); they keep their type, so templates read them exactly like model
 * attributes.
 */
public class CookieFlashMapManager extends AbstractFlashMapManager {

	static final String COOKIE = "DISTRIBU_FLASH";

	/** Browsers keep about 4 KB per cookie; a larger flash is dropped and logged. */
	static final int MAX_COOKIE = 3800;

	private static final Logger log = LoggerFactory.getLogger(CookieFlashMapManager.class);

	private final SecretBox box;

	private final JsonMapper json = JsonMapper.builder().build();

	public CookieFlashMapManager(SecretBox box) {
		this.box = box;
		setFlashMapTimeout(120);
	}

	@Override
	protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
		Cookie cookie = find(request);
		if (cookie == null || cookie.getValue().isBlank()) {
			return null;
		}
		try {
			String sealed = new String(Base64.getUrlDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
			List<FlashMap> maps = new ArrayList<>();
			for (JsonNode node : this.json.readTree(this.box.open(sealed))) {
				maps.add(toFlashMap(node));
			}
			return maps;
		}
		catch (RuntimeException ex) {
			// A cookie sealed with a retired key, or tampered with: the message is lost,
			// the page still works.
			log.info("Ignored an unreadable flash cookie: {}", ex.getClass().getSimpleName());
			return null;
		}
	}

	@Override
	protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
		if (flashMaps.isEmpty()) {
			if (find(request) != null) {
				response.addHeader(HttpHeaders.SET_COOKIE, cookie("", request).maxAge(0).build().toString());
			}
			return;
		}
		List<Object> nodes = new ArrayList<>();
		for (FlashMap map : flashMaps) {
			nodes.add(toJson(map));
		}
		String value = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(this.box.seal(this.json.writeValueAsString(nodes)).getBytes(StandardCharsets.UTF_8));
		if (value.length() > MAX_COOKIE) {
			log.warn("A flash message of {} bytes is too large for a cookie and was dropped", value.length());
			return;
		}
		response.addHeader(HttpHeaders.SET_COOKIE,
				cookie(value, request).maxAge(getFlashMapTimeout()).build().toString());
	}

	private ResponseCookie.ResponseCookieBuilder cookie(String value, HttpServletRequest request) {
		boolean secure = request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
		return ResponseCookie.from(COOKIE, value).path("/").httpOnly(true).sameSite("Lax").secure(secure);
	}

	private static Cookie find(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return null;
		}
		for (Cookie cookie : request.getCookies()) {
			if (COOKIE.equals(cookie.getName())) {
				return cookie;
			}
		}
		return null;
	}

	private Map<String, Object> toJson(FlashMap map) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		map.forEach((name, value) -> attributes.put(name, typed(value)));
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("path", map.getTargetRequestPath());
		node.put("params", map.getTargetRequestParams());
		node.put("expires", map.getExpirationTime());
		node.put("attributes", attributes);
		return node;
	}

	private static Map<String, Object> typed(Object value) {
		if (value != null && !(value instanceof String || value instanceof Number || value instanceof Boolean
				|| value.getClass().isRecord())) {
			throw new IllegalArgumentException(
					"Flash attributes are strings, numbers, booleans or records, not " + value.getClass().getName());
		}
		Map<String, Object> typed = new LinkedHashMap<>();
		typed.put("type", (value != null) ? value.getClass().getName() : null);
		typed.put("value", value);
		return typed;
	}

	private FlashMap toFlashMap(JsonNode node) {
		FlashMap map = new FlashMap();
		if (node.hasNonNull("path")) {
			map.setTargetRequestPath(node.get("path").asString());
		}
		LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		node.path("params")
			.properties()
			.forEach((entry) -> entry.getValue().forEach((v) -> params.add(entry.getKey(), v.asString())));
		map.addTargetRequestParams(params);
		map.setExpirationTime(node.path("expires").asLong(0));
		ObjectNode attributes = (ObjectNode) node.path("attributes");
		attributes.properties().forEach((entry) -> map.put(entry.getKey(), untyped(entry.getValue())));
		return map;
	}

	private Object untyped(JsonNode typed) {
		if (!typed.hasNonNull("type")) {
			return null;
		}
		try {
			// The cookie is sealed by this service, so the type name is one it wrote.
			Class<?> type = Class.forName(typed.get("type").asString(), false,
					Thread.currentThread().getContextClassLoader());
			return this.json.treeToValue(typed.get("value"), type);
		}
		catch (ClassNotFoundException | JacksonException ex) {
			throw new IllegalStateException("Unreadable flash attribute", ex);
		}
	}

}
