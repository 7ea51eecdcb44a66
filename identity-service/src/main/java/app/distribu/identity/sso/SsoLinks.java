package app.distribu.identity.sso;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import app.distribu.identity.account.SigningIn;
import app.distribu.identity.sso.SsoRepository.LinkRecipient;
import app.distribu.identity.token.LinkToken;
import app.distribu.identity.token.UserSession;
import app.distribu.platform.web.NotFound;

/**
 * Confirming that a provider identity may use an existing account: its owner types the
 * account's password, or opens a link mailed to the account's own address.
 */
@Service
class SsoLinks {

	static final int MAILS_PER_HALF_HOUR = 3;

	private static final Logger log = LoggerFactory.getLogger(SsoLinks.class);

	private final SsoLinkRepository links;

	private final SsoRepository repository;

	private final SsoAccounts accounts;

	private final SigningIn passwords;

	private final SsoLinkMail mail;

	private final Clock clock;

	SsoLinks(SsoLinkRepository links, SsoRepository repository, SsoAccounts accounts, SigningIn passwords,
			SsoLinkMail mail, Clock clock) {
		this.links = links;
		this.repository = repository;
		this.accounts = accounts;
		this.passwords = passwords;
		this.mail = mail;
		this.clock = clock;
	}

	/** The pending confirmation a browser's token stands for, if still open. */
	Optional<PendingLink> pending(String token) {
		return LinkToken.wellFormed(token) ? this.links.pending(LinkToken.sha256Hex(token), this.clock.instant())
				: Optional.empty();
	}

	Optional<PendingLink> pendingByMail(String token) {
		return LinkToken.wellFormed(token) ? this.links.pendingByMail(LinkToken.sha256Hex(token), this.clock.instant())
				: Optional.empty();
	}

	LinkRecipient recipient(PendingLink pending) {
		return this.repository.recipient(pending.userId()).orElseThrow(() -> new NotFound("User"));
	}

	String companyName(PendingLink pending) {
		return this.repository.company(pending.companyId()).map(SsoCompany::name).orElse("Your company");
	}

	/** Empty when the password is wrong; {@code TooManyAttempts} when guessing. */
	Optional<UserSession> confirmWithPassword(PendingLink pending, String password, String clientAddress) {
		if (!this.passwords.passwordMatches(recipient(pending).email(), password, clientAddress)) {
			return Optional.empty();
		}
		log.info("User {} linked to the identity provider of company {} by password", pending.userId(),
				pending.companyId());
		return Optional.of(this.accounts.link(pending));
	}

	/**
	 * Mails the account's owner a link that confirms; a newer mail replaces the older. A
	 * provider can start confirmations at will, so at most {@link #MAILS_PER_HALF_HOUR}
	 * reach one inbox; the page answers the same either way.
	 */
	void mailLink(PendingLink pending) {
		Instant now = this.clock.instant();
		if (this.links.mailsOpen(pending.userId(), now) >= MAILS_PER_HALF_HOUR) {
			log.warn("Not mailing user {} another SSO confirmation: {} sent lately", pending.userId(),
					MAILS_PER_HALF_HOUR);
			return;
		}
		String token = LinkToken.generate();
		this.links.setMailToken(pending.tokenHash(), LinkToken.sha256Hex(token));
		this.mail.send(recipient(pending), companyName(pending), token);
		log.info("Mailed user {} a link to confirm single sign-on for company {}", pending.userId(),
				pending.companyId());
	}

	UserSession confirmByMail(String token) {
		PendingLink pending = pendingByMail(token).orElseThrow(SsoProblem::confirmationExpired);
		log.info("User {} linked to the identity provider of company {} from the mailed link", pending.userId(),
				pending.companyId());
		return this.accounts.link(pending);
	}

}
