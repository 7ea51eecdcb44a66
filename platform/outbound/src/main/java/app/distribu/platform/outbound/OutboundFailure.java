package app.distribu.platform.outbound;

import java.io.IOException;
import java.time.Duration;

/** An attempt that got no complete answer; {@link #getMessage()} says why, for people. */
public class OutboundFailure extends IOException {

	private final Kind kind;

	private final Duration elapsed;

	OutboundFailure(Kind kind, String message, Duration elapsed, Throwable cause) {
		super(message, cause);
		this.kind = kind;
		this.elapsed = elapsed;
	}

	public Kind kind() {
		return this.kind;
	}

	public Duration elapsed() {
		return this.elapsed;
	}

	public enum Kind {

		/** The deadline passed before the answer was complete. */
		TIMEOUT,
		/** No connection (refused, unreachable, TLS handshake failed). */
		CONNECT,
		/** The connection broke or the answer was not HTTP. */
		BROKEN

	}

}
