package app.distribu.platform.web;

import org.springframework.http.HttpStatus;

/**
 * A named domain failure that the API answers as an RFC 9457 problem detail. Services
 * subclass it (for example {@code OrderNotFound}) instead of catching per endpoint.
 */
public abstract class DomainProblem extends RuntimeException {

	private final HttpStatus status;

	private final String title;

	protected DomainProblem(HttpStatus status, String title, String detail) {
		super(detail);
		this.status = status;
		this.title = title;
	}

	public HttpStatus status() {
		return this.status;
	}

	public String title() {
		return this.title;
	}

	/** Short kebab-case name used in the problem's {@code type} URI. */
	public String typeName() {
		return this.title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

}
