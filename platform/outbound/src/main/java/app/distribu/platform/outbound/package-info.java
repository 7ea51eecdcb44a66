/**
 * Calls to addresses that users type in (webhook URLs, SSO discovery):
 * {@link OutboundGuard} decides, after DNS resolution, whether a URL may be called and
 * pins the address it checked; {@link PinnedHttpClient} connects to exactly that address,
 * never looking the host up again, with one deadline over the whole attempt.
 */
package app.distribu.platform.outbound;
