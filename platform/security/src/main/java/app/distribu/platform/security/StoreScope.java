package app.distribu.platform.security;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A contact's session belongs to one store. On {@code /store/{slug}/...} a CONTACT token
 * for another slug counts as signed out (so a protected page sends the visitor to this
 * store's sign-in), whatever way the token arrived. Slugs compare case-sensitively, like
 * the URLs.
 */
class StoreScope extends OncePerRequestFilter {

	private static final Pattern STORE = Pattern.compile("^/store/([A-Za-z0-9-]+)(/.*)?$");

	/** The slug of a storefront path, or {@code null} for any other path. */
	static String slugOf(String path) {
		Matcher store = STORE.matcher(path);
		return store.matches() ? store.group(1) : null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String slug = slugOf(request.getRequestURI());
		if (slug != null
				&& SecurityContextHolder.getContext().getAuthentication() instanceof DistribuAuthentication auth
				&& auth.getPrincipal().kind() == PrincipalKind.CONTACT
				&& !slug.equals(auth.getPrincipal().companySlug())) {
			SecurityContextHolder.clearContext();
		}
		chain.doFilter(request, response);
	}

}
