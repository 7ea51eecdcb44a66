package app.distribu.platform.security;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Without a valid token, API and internal calls get a 401 problem detail, while a person
 * opening a page is sent to sign in (a storefront page to that store's sign-in). Refusals
 * are a 403 problem detail for API calls and the error page for people.
 */
class ProblemJsonEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final String signInPath;

	ProblemJsonEntryPoint(String signInPath) {
		this.signInPath = signInPath;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		String path = request.getRequestURI();
		if (path.startsWith("/api/") || path.startsWith("/internal/") || path.startsWith("/actuator/")) {
			write(response, 401, "Unauthorized", "A valid API key or session is required.");
			return;
		}
		String slug = StoreScope.slugOf(path);
		String target = (slug != null) ? "/store/" + slug + "/login" : this.signInPath;
		String next = URLEncoder.encode(path, StandardCharsets.UTF_8);
		// The session is expired or unreadable: drop it, or the sign-in page would fail
		// on
		// it too and the browser would bounce between redirects. On a storefront page the
		// store's own session is the one read, so a dashboard session survives.
		if (slug != null && hasCookie(request, SessionTokenResolver.STORE_SESSION_COOKIE)) {
			response.addHeader("Set-Cookie", SessionTokenResolver.STORE_SESSION_COOKIE + "=; Path=/store/" + slug
					+ "; Max-Age=0; HttpOnly; SameSite=Lax");
		}
		else if (hasCookie(request, SessionTokenResolver.SESSION_COOKIE)) {
			response.addHeader("Set-Cookie",
					SessionTokenResolver.SESSION_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
		}
		// Relative, so the browser stays on the gateway's address.
		response.setStatus(HttpServletResponse.SC_FOUND);
		response.setHeader("Location", target + "?next=" + next);
	}

	private static boolean hasCookie(HttpServletRequest request, String name) {
		return request.getCookies() != null
				&& Arrays.stream(request.getCookies()).anyMatch((cookie) -> name.equals(cookie.getName()));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		if (SessionTokenResolver.isMachinePath(request)) {
			write(response, 403, "Forbidden", "You are not allowed to do this.");
			return;
		}
		// A person sees the error page (an expired form, a page their role may not open).
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

	static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
					+ detail + "\"}");
	}

}
