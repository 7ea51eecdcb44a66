package app.distribu.identity.storefront;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.List;
import java.util.stream.Collectors;

import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

import org.springframework.stereotype.Component;

/**
 * Reads TXT records with the JDK's own DNS client (JNDI), from the configured servers or
 * the machine's resolvers. Only names under a domain the distributor typed are asked, and
 * only TXT records: nothing is ever connected to but the resolver.
 */
@Component
class DnsTxtLookup {

	private final DomainProperties properties;

	DnsTxtLookup(DomainProperties properties) {
		this.properties = properties;
	}

	/** The TXT strings at {@code name}; empty when the name has none. */
	List<String> txt(String name) throws NamingException {
		Hashtable<String, String> env = new Hashtable<>();
		env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.dns.DnsContextFactory");
		env.put(Context.PROVIDER_URL, providerUrl());
		env.put("com.sun.jndi.dns.timeout.initial", String.valueOf(this.properties.dnsTimeout().toMillis()));
		env.put("com.sun.jndi.dns.timeout.retries", "1");
		DirContext context = new InitialDirContext(env);
		try {
			Attribute records = context.getAttributes(name, new String[] { "TXT" }).get("TXT");
			List<String> values = new ArrayList<>();
			if (records != null) {
				NamingEnumeration<?> all = records.getAll();
				while (all.hasMore()) {
					values.add(unquote(String.valueOf(all.next())));
				}
			}
			return values;
		}
		catch (NameNotFoundException ex) {
			return List.of();
		}
		finally {
			context.close();
		}
	}

	private String providerUrl() {
		if (this.properties.dnsServers().isEmpty()) {
			return "dns:";
		}
		return Arrays.stream(this.properties.dnsServers().split("[\\s,]+"))
			.map((server) -> "dns://" + server)
			.collect(Collectors.joining(" "));
	}

	/**
	 * JNDI gives a record of several strings as {@code "a" "b"}; DNS joins them into one
	 * value.
	 */
	private static String unquote(String record) {
		String trimmed = record.trim();
		if (!trimmed.startsWith("\"")) {
			return trimmed;
		}
		StringBuilder joined = new StringBuilder();
		for (String part : trimmed.split("\"\\s*\"")) {
			joined.append(part.replace("\"", ""));
		}
		return joined.toString();
	}

}
