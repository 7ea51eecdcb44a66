package app.distribu.order.lists;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import app.distribu.order.storefront.StoreSignInNeeded;

/**
 * A visitor on a lists page signs in first and comes back to it, query included (so "Add
 * to list" from a product page keeps the product).
 */
@ControllerAdvice(basePackageClasses = ListsAdvice.class)
class ListsAdvice {

	@ExceptionHandler(StoreSignInNeeded.class)
	String signIn(StoreSignInNeeded needed, HttpServletRequest request) {
		String back = request.getRequestURI()
				+ ((request.getQueryString() != null) ? "?" + request.getQueryString() : "");
		return "redirect:/store/" + URLEncoder.encode(needed.slug(), StandardCharsets.UTF_8) + "/login?next="
				+ URLEncoder.encode(back, StandardCharsets.UTF_8);
	}

}
