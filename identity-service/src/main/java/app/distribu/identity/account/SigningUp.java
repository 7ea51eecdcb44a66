package app.distribu.identity.account;

import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.identity.token.IssuedToken;
import app.distribu.identity.token.TokenIssuer;
import app.distribu.identity.token.UserSession;
import app.distribu.platform.events.Outbox;
import app.distribu.platform.security.Role;

/** Self-serve sign-up: a new user owning a new company, signed in at once. */
@Service
class SigningUp {

	static final String TOPIC = "identity.events";

	private final AccountRepository accounts;

	private final Users users;

	private final PasswordEncoder passwords;

	private final TokenIssuer tokens;

	private final Outbox outbox;

	SigningUp(AccountRepository accounts, Users users, PasswordEncoder passwords, TokenIssuer tokens, Outbox outbox) {
		this.accounts = accounts;
		this.users = users;
		this.passwords = passwords;
		this.tokens = tokens;
		this.outbox = outbox;
	}

	@Transactional
	public IssuedToken signUp(SignupForm form) {
		String email = form.normalizedEmail();
		String slug = form.slug().trim();
		if (this.accounts.slugTaken(slug)) {
			throw FieldConflict.slugTaken();
		}
		if (this.users.emailTaken(email)) {
			throw FieldConflict.emailTaken();
		}
		UUID companyId = UUID.randomUUID();
		UUID userId = UUID.randomUUID();
		String companyName = form.companyName().trim();
		String name = form.name().trim();
		try {
			this.accounts.insertCompany(companyId, companyName, slug);
			this.users.insertUser(userId, email, name, this.passwords.encode(form.password()));
		}
		catch (DuplicateKeyException ex) {
			// Someone signed up with the same slug or email between the check and the
			// insert.
			throw ex.getMessage() != null && ex.getMessage().contains("company_slug_unique") ? FieldConflict.slugTaken()
					: FieldConflict.emailTaken();
		}
		this.users.join(userId, companyId, Role.OWNER);
		this.outbox.publish(TOPIC, companyId, CompanyCreated.TYPE,
				new CompanyCreated(companyId, companyName, slug, AccountRepository.DEFAULT_CURRENCY, userId, email));
		return this.tokens.session(new UserSession(userId, email, name, companyId, companyName, slug, Role.OWNER));
	}

}
