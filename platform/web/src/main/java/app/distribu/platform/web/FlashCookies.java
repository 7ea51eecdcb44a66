package app.distribu.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ResponseCookie;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.AbstractFlashMapManager;

import app.distribu.platform.secrets.SecretBox;

/**
 * Flash attributes (what a page shows once after POST/redirect/GET: a notice, a one-time
 * invite link, what was typed into a refused form) in a short-lived cookie instead of the
 * HTTP session. Services keep no sessions, so any replica can show the message. The
 * cookie is sealed: it may carry a link that works like a password, and nobody can forge
 * one. Values are what JSON holds (text, numbers, lists, maps); a cookie this service
 * cannot open (another service's key) is left alone.
 */
class FlashCookies extends AbstractFlashMapManager {

	static final String COOKIE = "DISTRIBU_FLASH";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<Stored>> STORED = new TypeReference<>() {
	};

	private final SecretBox box;

	FlashCookies(SecretBox box) {
		this.box = box;
		setFlashMapTimeout(120);
	}

	@Override
	protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
		String sealed = cookie(request);
		if (sealed == null) {
			return null;
		}
		try {
			List<FlashMap> maps = new ArrayList<>();
			for (Stored stored : JSON.readValue(this.box.open(sealed), STORED)) {
				maps.add(stored.toFlashMap());
			}
			return maps;
		}
		catch (RuntimeException unreadable) {
			return null;
		}
	}

	@Override
	protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
		if (flashMaps.isEmpty()) {
			write(response, request, "", 0);
			return;
		}
		List<Stored> stored = flashMaps.stream().map(Stored::of).toList();
		write(response, request, this.box.seal(JSON.writeValueAsString(stored)), getFlashMapTimeout());
	}

	private static void write(HttpServletResponse response, HttpServletRequest request, String value, int maxAge) {
		response.addHeader("Set-Cookie",
				ResponseCookie.from(COOKIE, value)
					.path("/")
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

	/** A flash map as JSON: where it goes, until when, and what it carries. */
	record Stored(String path, Map<String, List<String>> params, long expires, Map<String, Object> attributes) {

		static Stored of(FlashMap map) {
			return new Stored(map.getTargetRequestPath(), map.getTargetRequestParams(), map.getExpirationTime(), map);
		}

		FlashMap toFlashMap() {
			FlashMap map = new FlashMap();
			map.setTargetRequestPath(this.path);
			if (this.params != null) {
				map.addTargetRequestParams(new LinkedMultiValueMap<>(this.params));
			}
			map.putAll(this.attributes);
			// The stored moment, not a new timeout from now.
			map.setExpirationTime(this.expires);
			return map;
		}

	}

}
