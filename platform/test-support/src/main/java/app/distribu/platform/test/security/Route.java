package app.distribu.platform.test.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** One HTTP method on one path pattern a service's own controllers answer. */
public record Route(String method, String pattern) implements Comparable<Route> {

	/** Services' code lives here; framework endpoints (errors, API docs) are not ours. */
	private static final String OUR_CODE = "app.distribu.";

	/**
	 * Every route of the service's own controllers, read from its request mappings: a
	 * route added tomorrow is in the list without anyone writing it down.
	 */
	public static List<Route> of(ApplicationContext context) {
		Set<Route> routes = new TreeSet<>();
		for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()) {
			for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
				if (!entry.getValue().getBeanType().getName().startsWith(OUR_CODE)) {
					continue;
				}
				Set<String> methods = new LinkedHashSet<>();
				entry.getKey().getMethodsCondition().getMethods().forEach((method) -> methods.add(method.name()));
				if (methods.isEmpty()) {
					// Any method: the two a browser or client would use.
					methods.add(HttpMethod.GET.name());
					methods.add(HttpMethod.POST.name());
				}
				for (String pattern : entry.getKey().getPatternValues()) {
					methods.forEach((method) -> routes.add(new Route(method, pattern)));
				}
			}
		}
		return new ArrayList<>(routes);
	}

	/** Parses {@code "GET /path"}. */
	static Route parse(String text) {
		int space = text.indexOf(' ');
		if (space < 0) {
			throw new IllegalArgumentException("A route is 'METHOD /pattern': " + text);
		}
		return new Route(text.substring(0, space).trim(), text.substring(space + 1).trim());
	}

	/**
	 * Called by programs, not browsers: the API, service to service, providers' webhooks.
	 */
	public boolean isMachine() {
		return this.pattern.startsWith("/api/") || this.pattern.startsWith("/internal/")
				|| this.pattern.startsWith("/webhooks/");
	}

	public boolean changesState() {
		return !this.method.equals("GET") && !this.method.equals("HEAD") && !this.method.equals("OPTIONS");
	}

	public boolean hasPathVariables() {
		return this.pattern.contains("{") && !variables().equals(List.of("slug"));
	}

	/** The names of the pattern's variables, in order. */
	public List<String> variables() {
		List<String> names = new ArrayList<>();
		int open = this.pattern.indexOf('{');
		while (open >= 0) {
			int close = this.pattern.indexOf('}', open);
			String name = this.pattern.substring(open + 1, close);
			int colon = name.indexOf(':');
			names.add((colon >= 0) ? name.substring(0, colon) : name);
			open = this.pattern.indexOf('{', close);
		}
		return names;
	}

	@Override
	public int compareTo(Route other) {
		int byPattern = this.pattern.compareTo(other.pattern);
		return (byPattern != 0) ? byPattern : this.method.compareTo(other.method);
	}

	@Override
	public String toString() {
		return this.method + " " + this.pattern;
	}

}
