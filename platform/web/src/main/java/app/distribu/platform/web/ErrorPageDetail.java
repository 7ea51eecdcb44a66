package app.distribu.platform.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Lets a filter that refuses a request before any controller ran give the error page a
 * readable reason: the request attribute {@link #ATTRIBUTE} becomes the page's
 * {@code detail}. Exception messages stay off error pages as before.
 */
class ErrorPageDetail extends DefaultErrorAttributes {

	static final String ATTRIBUTE = ErrorPageDetail.class.getName() + ".DETAIL";

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		Object detail = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (detail != null) {
			attributes.put("detail", detail);
		}
		return attributes;
	}

}
