package app.distribu.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Exposes the caller to every page as {@code me}, so the shared header can draw itself.
 */
@ControllerAdvice
public class CurrentPrincipalAdvice {

	@ModelAttribute("me")
	DistribuPrincipal me() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication instanceof DistribuAuthentication token) ? token.getPrincipal() : null;
	}

}
