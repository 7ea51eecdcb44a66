package app.distribu.platform.security;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Calls from one service to another act as the original caller: the verified token goes
 * along, so the callee applies the same company and permissions.
 */
public class BearerTokenPropagation implements ClientHttpRequestInterceptor {

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof DistribuAuthentication token
				&& !request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
			request.getHeaders().setBearerAuth(token.getToken().getTokenValue());
		}
		return execution.execute(request, body);
	}

}
