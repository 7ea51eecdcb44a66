package app.distribu.platform.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Finds the caller's token. Machine paths ({@code /api/**}, {@code /internal/**}) use the
 * Authorization header only. Pages use the session cookie (or a bearer header), but only
 * once the CSRF check has run: Spring Security exempts requests whose token it can
 * resolve from CSRF, and a browser's session must never be exempt.
 */
class SessionTokenResolver implements BearerTokenResolver {

	static final String SESSION_COOKIE = "DISTRIBU_SESSION";

	/**
	 * A storefront contact's session, scoped by the browser to {@code Path=/store/{slug}}
	 * so it never reaches another store or the dashboard.
	 */
	static final String STORE_SESSION_COOKIE = "DISTRIBU_STORE_SESSION";

	static final String CSRF_CHECKED = SessionTokenResolver.class.getName() + ".CSRF_CHECKED";

	private final DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();

	@Override
	public String resolve(HttpServletRequest request) {
		if (isMachinePath(request)) {
			return this.header.resolve(request);
		}
		if (request.getAttribute(CSRF_CHECKED) == null) {
			return null;
		}
		String token = this.header.resolve(request);
		if (token != null) {
			return token;
		}
		String storeSession = StoreScope.slugOf(request.getRequestURI()) != null ? cookie(request, STORE_SESSION_COOKIE)
				: null;
		return (storeSession != null) ? storeSession : cookie(request, SESSION_COOKIE);
	}

	static boolean isMachinePath(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.startsWith("/api/") || path.startsWith("/internal/");
	}

	private static String cookie(HttpServletRequest request, String name) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (name.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
				return cookie.getValue();
			}
		}
		return null;
	}

}
