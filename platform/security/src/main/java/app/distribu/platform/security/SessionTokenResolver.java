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
		return (token != null) ? token : sessionCookie(request);
	}

	static boolean isMachinePath(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.startsWith("/api/") || path.startsWith("/internal/");
	}

	private static String sessionCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (SESSION_COOKIE.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
				return cookie.getValue();
			}
		}
		return null;
	}

}
