package app.distribu.identity.storefront;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a custom domain may be: a full host name such as {@code orders.example.com}. */
final class DomainName {

	static final String CHALLENGE_LABEL = "_distribu-challenge";

	static final String CHALLENGE_PREFIX = "distribu-verification=";

	private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

	private DomainName() {
	}

	/**
	 * The host in lower case (international names in their ASCII form), or a refusal that
	 * says what to type instead.
	 */
	static String normalize(String typed, String platformHost) {
		String host = (typed == null) ? "" : typed.trim().toLowerCase(Locale.ROOT);
		host = host.replaceFirst("^https?://", "").replaceFirst("[/?#].*$", "").replaceFirst("\\.$", "");
		if (host.isEmpty()) {
			throw new SettingsRefused("domain", "Enter a domain such as orders.example.com.");
		}
		try {
			host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
		}
		catch (IllegalArgumentException ex) {
			throw new SettingsRefused("domain",
					"That is not a valid domain name. Enter one such as orders.example.com.");
		}
		String[] labels = host.split("\\.", -1);
		boolean valid = host.length() <= 253 && labels.length >= 2 && !labels[labels.length - 1].matches("[0-9]+");
		for (String label : labels) {
			valid &= LABEL.matcher(label).matches();
		}
		if (host.contains(":")) {
			throw new SettingsRefused("domain", "Enter the domain without a port, such as orders.example.com.");
		}
		if (!valid) {
			throw new SettingsRefused("domain",
					"That is not a valid domain name. Enter one such as orders.example.com.");
		}
		if (host.equals(platformHost) || host.endsWith("." + platformHost)) {
			throw new SettingsRefused("domain", "Use a domain of your own, not one of Distribu's.");
		}
		return host;
	}

}
