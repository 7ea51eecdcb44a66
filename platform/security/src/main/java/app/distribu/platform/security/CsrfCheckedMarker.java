package app.distribu.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/** Runs right after the CSRF filter so the session token is resolved only past it. */
class CsrfCheckedMarker extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		request.setAttribute(SessionTokenResolver.CSRF_CHECKED, Boolean.TRUE);
		chain.doFilter(request, response);
	}

}
