package app.distribu.platform.secrets;

import java.util.regex.Pattern;

/**
 * Takes credentials out of text before it is logged: the token in a link's path
 * ({@code /reset-password/…}, {@code /invites/…}, {@code /store/{slug}/signin/…},
 * {@code /…/email/confirm/…}, {@code /login/sso/link/…}), OAuth parameters in a query,
 * session cookies and bearer tokens. Everything else is left as it was.
 */
public final class LogRedaction {

	public static final String REDACTED = "[redacted]";

	private static final Pattern LINK_TOKEN = Pattern
		.compile("(/(?:reset-password|invites|signin|confirm|link)/)[A-Za-z0-9_-]{16,}");

	private static final Pattern QUERY_SECRET = Pattern
		.compile("([?&](?:code|state|token|id_token|access_token|refresh_token|session_state)=)[^&\\s\"'#]+");

	private static final Pattern SESSION_COOKIE = Pattern.compile("(DISTRIBU_(?:STORE_)?SESSION=)[^;\\s\"',]+");

	private static final Pattern BEARER = Pattern.compile("((?i:bearer) )[A-Za-z0-9._~+/=-]{8,}");

	private LogRedaction() {
	}

	public static String redact(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String redacted = LINK_TOKEN.matcher(text).replaceAll("$1" + REDACTED);
		redacted = QUERY_SECRET.matcher(redacted).replaceAll("$1" + REDACTED);
		redacted = SESSION_COOKIE.matcher(redacted).replaceAll("$1" + REDACTED);
		return BEARER.matcher(redacted).replaceAll("$1" + REDACTED);
	}

}
