package app.distribu.platform.web;

import java.io.IOException;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/** Carries the current correlation id on outgoing service-to-service calls. */
public class CorrelationIdPropagation implements ClientHttpRequestInterceptor {

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		String id = CorrelationId.current();
		if (id != null && !request.getHeaders().containsHeader(CorrelationId.HEADER)) {
			request.getHeaders().set(CorrelationId.HEADER, id);
		}
		return execution.execute(request, body);
	}

}
