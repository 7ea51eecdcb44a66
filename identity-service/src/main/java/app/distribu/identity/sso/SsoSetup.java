package app.distribu.identity.sso;

import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.Role;
import app.distribu.platform.web.NotFound;

/** The owner's side of SSO: reading and saving the company's provider settings. */
@Service
class SsoSetup {

	private static final Logger log = LoggerFactory.getLogger(SsoSetup.class);

	private final SsoRepository repository;

	private final Discovery discovery;

	private final CompanyRegistrations registrations;

	SsoSetup(SsoRepository repository, Discovery discovery, CompanyRegistrations registrations) {
		this.repository = repository;
		this.discovery = discovery;
		this.registrations = registrations;
	}

	/**
	 * Client secrets saved before sealing existed, or sealed with an encryption key that
	 * has been rotated out of first place, are sealed with the current one at every
	 * start.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void resealStoredSecrets() {
		int resealed = this.repository.resealSecrets();
		if (resealed > 0) {
			log.info("Sealed {} SSO client secret(s) with the current encryption key", resealed);
		}
	}

	/** The caller's own company only: the id comes from the session, never the URL. */
	SsoCompany company(DistribuPrincipal me) {
		me.requireRole(Role.OWNER);
		return this.repository.company(me.companyId()).orElseThrow(() -> new NotFound("Company"));
	}

	Optional<SsoSettings> settings(DistribuPrincipal me) {
		return this.repository.settings(company(me).id());
	}

	/**
	 * Saves the settings after checking the provider answers; returns field messages
	 * instead when the form is incomplete.
	 */
	Map<String, String> save(DistribuPrincipal me, SsoSettingsForm form) {
		SsoCompany company = company(me);
		if (!company.enterprise()) {
			throw SsoProblem.enterpriseOnly();
		}
		Optional<SsoSettings> saved = this.repository.settings(company.id());
		Map<String, String> errors = form.errors(saved.isPresent());
		if (!errors.isEmpty()) {
			return errors;
		}
		this.discovery.fetch(form.trimmedIssuer());
		String secret = (form.clientSecret() == null || form.clientSecret().isBlank())
				? saved.map(SsoSettings::clientSecret).orElseThrow() : form.clientSecret().trim();
		this.repository.saveSettings(
				new SsoSettings(company.id(), form.trimmedIssuer(), form.trimmedClientId(), secret, form.isEnabled()),
				me.subjectId());
		this.registrations.forget(company.id());
		return Map.of();
	}

}
