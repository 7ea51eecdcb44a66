package app.distribu.identity.storefront;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.naming.NamingException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.identity.storefront.StoreSettingsRepository.Store;
import app.distribu.identity.web.IdentityProperties;
import app.distribu.platform.events.Outbox;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.Role;
import app.distribu.platform.web.ImageFormat;
import app.distribu.platform.web.NotFound;

/** The storefront settings of the signed-in company (OWNER and ADMIN only). */
@Service
class StoreSettings {

	static final int MAX_DOMAINS = 5;

	static final int MAX_NAME = 80;

	private static final Logger log = LoggerFactory.getLogger(StoreSettings.class);

	private final StoreSettingsRepository repository;

	private final DnsTxtLookup dns;

	private final Outbox outbox;

	private final Clock clock;

	private final String platformHost;

	private final SecureRandom random = new SecureRandom();

	StoreSettings(StoreSettingsRepository repository, DnsTxtLookup dns, Outbox outbox, Clock clock,
			IdentityProperties identity) {
		this.repository = repository;
		this.dns = dns;
		this.outbox = outbox;
		this.clock = clock;
		this.platformHost = URI.create(identity.publicBaseUrl()).getHost();
	}

	Store store(DistribuPrincipal me) {
		me.requireRole(Role.OWNER, Role.ADMIN);
		return this.repository.store(me.companyId()).orElseThrow(() -> new NotFound("Store"));
	}

	List<StoreDomain> domains(DistribuPrincipal me) {
		me.requireRole(Role.OWNER, Role.ADMIN);
		return this.repository.domains(me.companyId());
	}

	@Transactional
	void rename(DistribuPrincipal me, String typed) {
		Store store = store(me);
		String name = (typed == null) ? "" : typed.trim();
		if (name.isEmpty()) {
			throw new SettingsRefused("name", "Enter the store's name.");
		}
		if (name.length() > MAX_NAME) {
			throw new SettingsRefused("name", "The store's name can be at most " + MAX_NAME + " characters.");
		}
		this.repository.rename(store.companyId(), name);
		this.outbox.publish("identity.events", store.companyId(), CompanyUpdated.TYPE,
				new CompanyUpdated(store.companyId(), name, store.slug(), store.currency()));
	}

	@Transactional
	void uploadLogo(DistribuPrincipal me, byte[] bytes) {
		Store store = store(me);
		if (bytes.length == 0) {
			throw new SettingsRefused("logo", "Choose an image file to upload.");
		}
		ImageFormat format = ImageFormat.of(bytes);
		this.repository.saveLogo(store.companyId(), format.contentType(), bytes, sha256(bytes).substring(0, 20));
	}

	@Transactional
	void removeLogo(DistribuPrincipal me) {
		this.repository.deleteLogo(store(me).companyId());
	}

	@Transactional
	StoreDomain addDomain(DistribuPrincipal me, String typed) {
		Store store = store(me);
		String host = DomainName.normalize(typed, this.platformHost);
		if (this.repository.verifiedElsewhere(host, store.companyId())) {
			throw new SettingsRefused("domain", host + " is already connected to another store.");
		}
		if (this.repository.countDomains(store.companyId()) >= MAX_DOMAINS && this.repository.domains(store.companyId())
			.stream()
			.noneMatch((domain) -> domain.host().equals(host))) {
			throw new SettingsRefused("domain",
					"A store can have at most " + MAX_DOMAINS + " domains. Remove one you no longer use first.");
		}
		byte[] token = new byte[16];
		this.random.nextBytes(token);
		this.repository.addDomain(UUID.randomUUID(), store.companyId(), host, HexFormat.of().formatHex(token));
		return this.repository.domains(store.companyId())
			.stream()
			.filter((domain) -> domain.host().equals(host))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Looks the domain's TXT record up and marks it verified when it carries the token.
	 * Outside a transaction: the DNS answer may take seconds.
	 */
	StoreDomain verify(DistribuPrincipal me, UUID id) {
		me.requireRole(Role.OWNER, Role.ADMIN);
		StoreDomain domain = this.repository.domain(me.companyId(), id).orElseThrow(() -> new NotFound("Domain"));
		if (domain.verified()) {
			return domain;
		}
		String problem = null;
		boolean verified = false;
		try {
			List<String> found = this.dns.txt(domain.recordName());
			verified = found.contains(domain.recordValue());
			if (!verified) {
				problem = found.isEmpty()
						? "No TXT record was found at " + domain.recordName()
								+ " yet. Add it at your DNS provider; changes can take up to an hour to show."
						: "The TXT record at " + domain.recordName() + " does not hold the expected value. Set it to "
								+ domain.recordValue() + " exactly.";
			}
		}
		catch (NamingException ex) {
			log.info("DNS lookup of {} failed: {}", domain.recordName(), ex.toString());
			problem = "DNS did not answer for " + domain.recordName() + ". Try again in a few minutes.";
		}
		try {
			this.repository.checked(domain.id(), this.clock.instant(), verified, problem);
		}
		catch (DuplicateKeyException ex) {
			this.repository.checked(domain.id(), this.clock.instant(), false,
					domain.host() + " is already connected to another store.");
		}
		return this.repository.domain(me.companyId(), id).orElseThrow(() -> new NotFound("Domain"));
	}

	@Transactional
	void removeDomain(DistribuPrincipal me, UUID id) {
		me.requireRole(Role.OWNER, Role.ADMIN);
		this.repository.deleteDomain(me.companyId(), id);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
