package app.distribu.platform.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses JSON and form bodies larger than {@code distribu.web.max-body-size} with 413
 * before anything parses them: a declared length is checked at once, a chunked JSON body
 * is read up to the limit (and handed on from memory). Uploads (multipart, CSV) are not
 * limited here: the features that stream them enforce their own caps with their own
 * messages.
 */
class RequestBodyLimit extends OncePerRequestFilter {

	private final long maxBytes;

	private final String detail;

	RequestBodyLimit(DataSize max) {
		this.maxBytes = max.toBytes();
		this.detail = "The request body is larger than " + readable(max) + ". Send less data per request.";
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		MediaType type = contentType(request);
		boolean json = type != null
				&& (type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json"));
		boolean form = type != null && type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED);
		if (!json && !form) {
			chain.doFilter(request, response);
			return;
		}
		long declared = request.getContentLengthLong();
		if (declared > this.maxBytes) {
			refuse(request, response);
			return;
		}
		// A chunked form is left to Tomcat's own limit (the same size, see WebDefaults):
		// the servlet container parses form parameters from its own stream.
		if (declared < 0 && json) {
			byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxBytes + 1));
			if (body.length > this.maxBytes) {
				refuse(request, response);
				return;
			}
			chain.doFilter(new BufferedBody(request, body), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String path = request.getRequestURI();
		// Programs (the API, services, a provider's webhooks) get a problem detail.
		if (path.startsWith("/api/") || path.startsWith("/internal/") || path.startsWith("/webhooks/")) {
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter()
				.write("{\"type\":\"" + ProblemDetailsAdvice.TYPE_BASE
						+ "content-too-large\",\"title\":\"Content too large\",\"status\":413,\"detail\":\""
						+ this.detail + "\"}");
			return;
		}
		// A person sees the error page with the reason.
		request.setAttribute(ErrorPageDetail.ATTRIBUTE, this.detail);
		response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
	}

	private static MediaType contentType(HttpServletRequest request) {
		String header = request.getContentType();
		if (header == null) {
			return null;
		}
		try {
			return MediaType.parseMediaType(header);
		}
		catch (IllegalArgumentException ex) {
			// The framework answers a broken content type itself (415).
			return null;
		}
	}

	private static String readable(DataSize size) {
		long bytes = size.toBytes();
		if (bytes % (1024 * 1024) == 0) {
			return (bytes / (1024 * 1024)) + " MB";
		}
		return (bytes % 1024 == 0) ? (bytes / 1024) + " KB" : bytes + " bytes";
	}

	/** The request with its body already read into memory. */
	private static final class BufferedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("Read synchronously");
				}

			};
		}

	}

}
