package app.distribu.order.storefront;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Storefront pages send a visitor without this store's session to its sign-in page. */
@ControllerAdvice(basePackageClasses = StorefrontAdvice.class)
class StorefrontAdvice {

	@ExceptionHandler(StoreSignInNeeded.class)
	String signIn(StoreSignInNeeded needed, HttpServletRequest request) {
		String next = URLEncoder.encode(request.getRequestURI(), StandardCharsets.UTF_8);
		return "redirect:/store/" + URLEncoder.encode(needed.slug(), StandardCharsets.UTF_8) + "/login?next=" + next;
	}

}
