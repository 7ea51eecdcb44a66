package app.distribu.platform.test.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.ApplicationContext;
import org.springframework.util.AntPathMatcher;

import app.distribu.platform.security.Role;
import app.distribu.platform.test.RunningService;
import app.distribu.platform.test.TestTokens;

/**
 * Every route of a service against everyone who must not use it. The routes come from the
 * service's own request mappings; the test names who each route is for ({@link Access}),
 * and a route nobody classified fails. For each route it sends:
 * <ul>
 * <li>no token, and the proper token expired, signed by another key, unsigned
 * ({@code alg: none}), HMAC-signed with the public key, or from another issuer → signed
 * out (401, or a redirect to sign in for pages);</li>
 * <li>the wrong kind of principal (a contact on the API or dashboard, an API key without
 * the scope or on a page, a team member without the role) → refused;</li>
 * <li>another company's principal with this company's ids → 403/404, and another
 * customer's contact with this customer's ids → 403/404;</li>
 * <li>every form without, or with a mismatched, CSRF token → 403;</li>
 * <li>every body one byte over the limit → 413;</li>
 * </ul>
 * and checks that no answer is a 5xx or contains one of the company's secrets, that the
 * proper principal does reach each GET route (so the ids are real), and that the
 * company's data is unchanged at the end.
 */
public final class SecurityMatrix {

	private static final String[] ALL_SCOPES = { "products:read", "products:write", "customers:read", "customers:write",
			"orders:read", "orders:write", "webhooks:read", "webhooks:write" };

	private static final Set<Integer> REFUSED = Set.of(400, 403, 404, 415);

	private final List<Route> routes;

	private final String baseUrl;

	private final List<Rule> rules = new ArrayList<>();

	private final Map<String, String> values = new HashMap<>();

	private final Map<String, Map<String, String>> routeValues = new HashMap<>();

	private final Map<String, String> bodies = new HashMap<>();

	private final Map<String, String> queries = new HashMap<>();

	private final List<String> withoutControl = new ArrayList<>();

	private final List<String> noOpForOthers = new ArrayList<>();

	private final List<String> secrets = new ArrayList<>();

	private final List<String> customerSecrets = new ArrayList<>();

	private final AntPathMatcher matcher = new AntPathMatcher();

	private UUID company = UUID.randomUUID();

	private String slug = "matrix-store";

	private UUID customer = UUID.randomUUID();

	private UUID user = UUID.randomUUID();

	private Supplier<?> snapshot = () -> "";

	private long maxBodyBytes = 1024 * 1024;

	private SecurityMatrix(List<Route> routes, String baseUrl) {
		this.routes = routes;
		this.baseUrl = baseUrl;
		// platform/outbox's operator endpoints, in every service with a database: support
		// staff only (docs/platform.md), classified once here.
		support("* /internal/dead-letters", "* /internal/dead-letters/**", "* /internal/outbox/**");
	}

	public static SecurityMatrix of(RunningService service) {
		return of(service.context(), service.baseUrl());
	}

	public static SecurityMatrix of(ApplicationContext context, String baseUrl) {
		return new SecurityMatrix(Route.of(context), baseUrl);
	}

	/** The company whose data the attacks aim at, its store and one of its customers. */
	public SecurityMatrix victim(UUID companyId, String storeSlug, UUID customerId) {
		this.company = companyId;
		this.slug = storeSlug;
		this.customer = customerId;
		return this;
	}

	/**
	 * The team member whose session is the proper one on team pages (default: anyone).
	 */
	public SecurityMatrix victimUser(UUID userId) {
		this.user = userId;
		return this;
	}

	/**
	 * Routes ({@code "GET /path/{id}"}, {@code "* /dashboard/**"}) anyone may use. The
	 * first rule that matches a route decides.
	 */
	public SecurityMatrix publicRoutes(String... routes) {
		return rule(Access.PUBLIC, null, null, routes);
	}

	public SecurityMatrix api(String scope, String... routes) {
		return rule(Access.API, scope, null, routes);
	}

	public SecurityMatrix internal(String... routes) {
		return rule(Access.INTERNAL, null, null, routes);
	}

	public SecurityMatrix team(String... routes) {
		return rule(Access.TEAM, null, null, routes);
	}

	/** Dashboard pages only team members with one of {@code roles} may use. */
	public SecurityMatrix team(Set<Role> roles, String... routes) {
		return rule(Access.TEAM, null, EnumSet.copyOf(roles), routes);
	}

	public SecurityMatrix store(String... routes) {
		return rule(Access.STORE, null, null, routes);
	}

	public SecurityMatrix support(String... routes) {
		return rule(Access.SUPPORT, null, null, routes);
	}

	/** The value of a path variable in every route ({@code slug} is the victim's). */
	public SecurityMatrix value(String variable, Object value) {
		this.values.put(variable, String.valueOf(value));
		return this;
	}

	/** The value of a path variable in one pattern, where a name means something else. */
	public SecurityMatrix value(String pattern, String variable, Object value) {
		this.routeValues.computeIfAbsent(pattern, (key) -> new HashMap<>()).put(variable, String.valueOf(value));
		return this;
	}

	/**
	 * A valid JSON body for a route: with it a refusal cannot hide behind a validation
	 * error, and JSON fuzzing starts from it.
	 */
	public SecurityMatrix body(String route, String json) {
		this.bodies.put(Route.parse(route).toString(), json);
		return this;
	}

	/** A query string a route needs to answer at all. */
	public SecurityMatrix query(String route, String query) {
		this.queries.put(Route.parse(route).toString(), query);
		return this;
	}

	/**
	 * GET routes whose proper principal is not expected to get a 2xx/3xx with the ids
	 * given (a file that only exists later, a link already used), with the reason.
	 */
	public SecurityMatrix withoutControl(String reason, String... routes) {
		Objects.requireNonNull(reason);
		this.withoutControl.addAll(List.of(routes));
		return this;
	}

	/**
	 * Routes that answer another company's ids with a success that shows and changes
	 * nothing (an idempotent release, an empty list for an unknown customer), with the
	 * reason. The secret and unchanged-data checks still apply.
	 */
	public SecurityMatrix noOpForOthers(String reason, String... routes) {
		Objects.requireNonNull(reason);
		this.noOpForOthers.addAll(List.of(routes));
		return this;
	}

	/** Text of the victim company's data that no attacker may ever see. */
	public SecurityMatrix secrets(String... texts) {
		this.secrets.addAll(List.of(texts));
		return this;
	}

	/**
	 * Text only the victim customer's contacts may see (other customers of the store may
	 * not).
	 */
	public SecurityMatrix customerSecrets(String... texts) {
		this.customerSecrets.addAll(List.of(texts));
		return this;
	}

	/** A view of the victim's data that must read the same after every attack. */
	public SecurityMatrix unchanged(Supplier<?> snapshot) {
		this.snapshot = snapshot;
		return this;
	}

	/** The service's body limit ({@code distribu.web.max-body-size}). */
	public SecurityMatrix maxBodyBytes(long bytes) {
		this.maxBodyBytes = bytes;
		return this;
	}

	public List<Route> routes() {
		return List.copyOf(this.routes);
	}

	/** Routes no rule names: each must be classified before the matrix passes. */
	public List<Route> unclassified() {
		return this.routes.stream().filter((route) -> ruleOf(route) == null).toList();
	}

	/** Runs every attack on every classified route; fails listing every miss. */
	public void verify() {
		Object before = this.snapshot.get();
		List<String> failures = new ArrayList<>();
		for (Route route : this.routes) {
			Rule rule = ruleOf(route);
			if (rule == null) {
				continue;
			}
			new RouteAttacks(route, rule, failures).run();
			Object after = this.snapshot.get();
			if (!Objects.equals(before, after)) {
				failures.add(route + ": the company's data changed during the attacks on it:\n  before: " + before
						+ "\n  after:  " + after);
				before = after;
			}
		}
		if (!failures.isEmpty()) {
			throw new AssertionError(
					failures.size() + " security expectations failed:\n" + String.join("\n", failures));
		}
	}

	/** The proper principal's request on a route, with a valid body: for fuzzing. */
	Exchange proper(Route route, String json) {
		Rule rule = ruleOf(route);
		Exchange exchange = new Exchange(route.method(), path(route));
		String token = properToken(rule);
		if (token != null) {
			exchange.token(token, rule.access());
		}
		return exchange.csrf().json(json);
	}

	/** Routes taking a JSON body, with the sample body given for each. */
	Map<Route, String> jsonRoutes() {
		Map<Route, String> result = new LinkedHashMap<>();
		for (Route route : this.routes) {
			String body = this.bodies.get(route.toString());
			if (body != null && ruleOf(route) != null) {
				result.put(route, body);
			}
		}
		return result;
	}

	String baseUrl() {
		return this.baseUrl;
	}

	UUID company() {
		return this.company;
	}

	private SecurityMatrix rule(Access access, String scope, Set<Role> roles, String... routes) {
		for (String route : routes) {
			Route parsed = Route.parse(route);
			this.rules.add(new Rule(parsed.method(), parsed.pattern(), access, scope, roles));
		}
		return this;
	}

	private Rule ruleOf(Route route) {
		return this.rules.stream()
			.filter((rule) -> (rule.method().equals("*") || rule.method().equals(route.method()))
					&& (rule.pattern().equals(route.pattern()) || this.matcher.match(rule.pattern(), route.pattern())))
			.findFirst()
			.orElse(null);
	}

	private String path(Route route) {
		Map<String, String> specific = this.routeValues.getOrDefault(route.pattern(), Map.of());
		String path = route.pattern();
		for (String variable : route.variables()) {
			String value = specific.getOrDefault(variable, variable.equals("slug") ? this.slug
					: this.values.getOrDefault(variable, UUID.randomUUID().toString()));
			path = path.replaceFirst("\\{" + variable + "(:[^}]*)?}", value);
		}
		path = path.replace("/**", "/x");
		String query = this.queries.get(route.toString());
		return (query != null) ? path + "?" + query : path;
	}

	private String properToken(Rule rule) {
		return switch (rule.access()) {
			case PUBLIC -> null;
			case API -> TestTokens.apiKey(this.company, rule.scope());
			case INTERNAL -> TestTokens.apiKey(this.company, ALL_SCOPES);
			case TEAM -> TestTokens.user(this.company, this.user,
					(rule.roles() != null) ? rule.roles().iterator().next() : Role.OWNER);
			case STORE -> TestTokens.contact(this.company, this.slug, UUID.randomUUID(), this.customer);
			case SUPPORT -> TestTokens.support(UUID.randomUUID());
		};
	}

	private record Rule(String method, String pattern, Access access, String scope, Set<Role> roles) {

	}

	/**
	 * Someone who must not get what a route serves, and what refusing them looks like.
	 */
	private record Intruder(String who, String token, Access sentAs, boolean signedOut, boolean mayUseOwnData,
			List<String> mustNotSee) {

	}

	/** All attacks on one route. */
	private final class RouteAttacks {

		private final Route route;

		private final Rule rule;

		private final List<String> failures;

		private final String path;

		private final List<String> allSecrets = new ArrayList<>();

		RouteAttacks(Route route, Rule rule, List<String> failures) {
			this.route = route;
			this.rule = rule;
			this.failures = failures;
			this.path = path(route);
			this.allSecrets.addAll(SecurityMatrix.this.secrets);
			this.allSecrets.addAll(SecurityMatrix.this.customerSecrets);
		}

		void run() {
			Access access = this.rule.access();
			String proper = properToken(this.rule);
			if (access != Access.PUBLIC) {
				check(new Intruder("no token", null, access, true, false, this.allSecrets));
				for (TestTokens.Tampering tampering : TestTokens.Tampering.values()) {
					check(new Intruder("a token " + tampering, TestTokens.tampered(proper, tampering), access, true,
							false, this.allSecrets));
				}
				intruders().forEach(this::check);
				control(proper);
			}
			if (!this.route.isMachine() && this.route.changesState()) {
				csrf(proper);
			}
			if (this.route.changesState()) {
				oversize(proper);
			}
		}

		private List<Intruder> intruders() {
			UUID other = UUID.randomUUID();
			boolean ids = this.route.hasPathVariables();
			String contact = TestTokens.contact(SecurityMatrix.this.company, SecurityMatrix.this.slug,
					UUID.randomUUID(), SecurityMatrix.this.customer);
			List<Intruder> intruders = new ArrayList<>();
			switch (this.rule.access()) {
				case API -> {
					intruders
						.add(new Intruder("a storefront contact", contact, Access.API, false, false, this.allSecrets));
					intruders.add(new Intruder("an API key without " + this.rule.scope(),
							TestTokens.apiKey(SecurityMatrix.this.company), Access.API, false, false, this.allSecrets));
					intruders.add(new Intruder("another company's API key", TestTokens.apiKey(other, ALL_SCOPES),
							Access.API, false, !ids, this.allSecrets));
				}
				case INTERNAL -> {
					intruders.add(new Intruder("another company's API key", TestTokens.apiKey(other, ALL_SCOPES),
							Access.INTERNAL, false, !ids, this.allSecrets));
					// A contact's token reaches internal endpoints through the
					// storefront.
					intruders.add(new Intruder("a contact of another customer of this store",
							TestTokens.contact(SecurityMatrix.this.company, SecurityMatrix.this.slug, UUID.randomUUID(),
									UUID.randomUUID()),
							Access.INTERNAL, false, !ids, SecurityMatrix.this.customerSecrets));
				}
				case TEAM -> {
					intruders
						.add(new Intruder("a storefront contact", contact, Access.TEAM, false, false, this.allSecrets));
					intruders.add(new Intruder("an API key's token",
							TestTokens.apiKey(SecurityMatrix.this.company, ALL_SCOPES), Access.TEAM, false, false,
							this.allSecrets));
					intruders.add(new Intruder("another company's owner",
							TestTokens.user(other, UUID.randomUUID(), Role.OWNER), Access.TEAM, false, !ids,
							this.allSecrets));
					if (this.rule.roles() != null) {
						EnumSet.complementOf(EnumSet.copyOf(this.rule.roles()))
							.forEach((role) -> intruders.add(new Intruder("a team member with role " + role,
									TestTokens.user(SecurityMatrix.this.company, UUID.randomUUID(), role), Access.TEAM,
									false, false, this.allSecrets)));
					}
				}
				case STORE -> {
					intruders
						.add(new Intruder(
								"a contact of another store", TestTokens.contact(other,
										"other-" + SecurityMatrix.this.slug, UUID.randomUUID(), UUID.randomUUID()),
								Access.STORE, true, false, this.allSecrets));
					intruders.add(new Intruder("a contact of another customer of this store",
							TestTokens.contact(SecurityMatrix.this.company, SecurityMatrix.this.slug, UUID.randomUUID(),
									UUID.randomUUID()),
							Access.STORE, false, !ids, SecurityMatrix.this.customerSecrets));
				}
				case SUPPORT -> {
					intruders.add(new Intruder("a team member",
							TestTokens.user(SecurityMatrix.this.company, UUID.randomUUID(), Role.OWNER), Access.SUPPORT,
							false, false, this.allSecrets));
					intruders.add(new Intruder("a storefront contact", contact, Access.SUPPORT, false, false,
							this.allSecrets));
				}
				case PUBLIC -> {
				}
			}
			return intruders;
		}

		private void check(Intruder intruder) {
			Exchange exchange = withBody(new Exchange(this.route.method(), this.path), true);
			if (intruder.token() != null) {
				exchange.token(intruder.token(), intruder.sentAs());
			}
			Exchange.Answer answer = followed(exchange.send(SecurityMatrix.this.baseUrl), intruder);
			String seen = seen(answer, intruder.mustNotSee());
			if (answer.status() >= 500) {
				fail(intruder.who(), "no server error", answer);
			}
			else if (seen != null) {
				fail(intruder.who(), "none of the company's data, but saw \"" + seen + "\" in", answer);
			}
			else if (intruder.signedOut() && !signedOut(answer)) {
				fail(intruder.who(), signedOutText(), answer);
			}
			else if (!intruder.signedOut() && !intruder.mayUseOwnData() && !REFUSED.contains(answer.status())
					&& !(answer.status() < 300 && SecurityMatrix.this.noOpForOthers.contains(this.route.toString()))
					&& !(this.rule.access() != Access.API && this.rule.access() != Access.INTERNAL
							&& answer.sentToSignIn())) {
				fail(intruder.who(), "a refusal (400/403/404/415)", answer);
			}
		}

		/**
		 * A form answers with a redirect (post/redirect/get): what counts is what the
		 * intruder then sees.
		 */
		private Exchange.Answer followed(Exchange.Answer answer, Intruder intruder) {
			if (this.route.isMachine() || answer.status() != 302 || answer.sentToSignIn()
					|| !answer.location().startsWith("/")) {
				return answer;
			}
			Exchange next = new Exchange("GET", answer.location().replaceFirst("#.*$", ""));
			if (intruder.token() != null) {
				next.token(intruder.token(), intruder.sentAs());
			}
			return next.send(SecurityMatrix.this.baseUrl);
		}

		private void control(String proper) {
			if (this.route.changesState() || SecurityMatrix.this.withoutControl.contains(this.route.toString())) {
				return;
			}
			Exchange.Answer answer = new Exchange(this.route.method(), this.path).token(proper, this.rule.access())
				.send(SecurityMatrix.this.baseUrl);
			if (answer.status() >= 400 || answer.sentToSignIn()) {
				fail("its proper user", "a 2xx/3xx (are the ids in the matrix real?)", answer);
			}
		}

		private void csrf(String proper) {
			Exchange without = new Exchange(this.route.method(), this.path).form("");
			Exchange mismatched = new Exchange(this.route.method(), this.path).form("_csrf=forged")
				.csrf(Exchange.CSRF, "forged");
			if (proper != null) {
				without.token(proper, this.rule.access());
				mismatched.token(proper, this.rule.access());
			}
			for (Exchange attempt : List.of(without, mismatched)) {
				Exchange.Answer answer = attempt.send(SecurityMatrix.this.baseUrl);
				if (answer.status() != 403) {
					fail("a form post without a matching CSRF token", "403", answer);
				}
			}
		}

		private void oversize(String proper) {
			byte[] filler = new byte[(int) SecurityMatrix.this.maxBodyBytes + 1];
			Arrays.fill(filler, (byte) 'a');
			String text = new String(filler, StandardCharsets.US_ASCII);
			Exchange exchange = new Exchange(this.route.method(), this.path).csrf();
			if (this.route.isMachine()) {
				exchange.json("\"" + text.substring(2) + "\"");
			}
			else {
				exchange.form("a=" + text.substring(2));
			}
			if (proper != null) {
				exchange.token(proper, this.rule.access());
			}
			Exchange.Answer answer = exchange.send(SecurityMatrix.this.baseUrl);
			if (answer.status() != 413 || (this.route.isMachine() && !answer.contentType().contains("problem+json"))) {
				fail("a body one byte over the limit", "413" + (this.route.isMachine() ? " problem+json" : ""), answer);
			}
		}

		private Exchange withBody(Exchange exchange, boolean csrf) {
			if (!this.route.changesState()) {
				return exchange;
			}
			if (this.route.isMachine()) {
				return exchange.json(SecurityMatrix.this.bodies.getOrDefault(this.route.toString(), "{}"));
			}
			return csrf ? exchange.form("").csrf() : exchange.form("");
		}

		private boolean signedOut(Exchange.Answer answer) {
			Access access = this.rule.access();
			if (access == Access.API || access == Access.INTERNAL || this.route.isMachine()) {
				return answer.status() == 401;
			}
			if (access == Access.STORE) {
				return answer.status() == 302
						&& answer.location().startsWith("/store/" + SecurityMatrix.this.slug + "/login");
			}
			return answer.sentToSignIn();
		}

		private String signedOutText() {
			Access access = this.rule.access();
			return (access == Access.API || access == Access.INTERNAL || this.route.isMachine()) ? "401"
					: "a redirect to sign in";
		}

		private String seen(Exchange.Answer answer, List<String> mustNotSee) {
			return mustNotSee.stream().filter((secret) -> answer.body().contains(secret)).findFirst().orElse(null);
		}

		private void fail(String who, String expected, Exchange.Answer answer) {
			String body = answer.body().replaceAll("\\s+", " ");
			this.failures.add(this.route + " (" + this.path + ") · " + who + ": expected " + expected + ", got "
					+ answer.status() + (answer.location().isEmpty() ? "" : " → " + answer.location()) + " "
					+ ((body.length() > 160) ? body.substring(0, 160) + "…" : body));
		}

	}

}
