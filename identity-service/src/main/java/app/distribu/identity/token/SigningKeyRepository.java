package app.distribu.identity.token;

import java.text.ParseException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import org.jooq.DSLContext;
import org.jooq.Record2;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.identity.db.tables.SigningKey;
import app.distribu.platform.secrets.SecretBox;

import static app.distribu.identity.db.Tables.SIGNING_KEY;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.selectOne;

/**
 * Signing keys with their private part, sealed with the {@link SecretBox}: a copy of the
 * database alone cannot mint tokens.
 */
@Repository
class SigningKeyRepository {

	private final DSLContext db;

	private final SecretBox box;

	SigningKeyRepository(DSLContext db, SecretBox box) {
		this.db = db;
		this.box = box;
	}

	Optional<RSAKey> newest() {
		return newestRow().map((row) -> parse(row.value1()));
	}

	/**
	 * Adds a key when there is none or the newest was created before
	 * {@code createBefore}, and drops every key superseded before
	 * {@code dropSupersededBefore}; answers the newest key. The advisory lock makes
	 * replicas checking together agree on one new key instead of each inserting its own.
	 */
	@Transactional
	public RSAKey rotate(Instant now, Instant createBefore, Instant dropSupersededBefore, Supplier<RSAKey> generator) {
		this.db.execute("select pg_advisory_xact_lock(hashtext('identity.signing_key'))");
		Optional<Record2<String, OffsetDateTime>> newest = newestRow();
		RSAKey key;
		if (newest.isEmpty() || newest.get().value2().toInstant().isBefore(createBefore)) {
			key = generator.get();
			this.db.insertInto(SIGNING_KEY)
				.set(SIGNING_KEY.KID, key.getKeyID())
				.set(SIGNING_KEY.JWK, this.box.seal(key.toJSONString()))
				.set(SIGNING_KEY.CREATED_AT, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.execute();
		}
		else {
			key = parse(newest.get().value1());
		}
		// A key is superseded when a newer one was created; tokens it signed were issued
		// before that moment, so they have all expired once the retention has passed.
		SigningKey newer = SIGNING_KEY.as("newer");
		this.db.deleteFrom(SIGNING_KEY)
			.where(exists(selectOne().from(newer)
				.where(newer.CREATED_AT.gt(SIGNING_KEY.CREATED_AT))
				.and(newer.CREATED_AT.lt(OffsetDateTime.ofInstant(dropSupersededBefore, ZoneOffset.UTC)))))
			.execute();
		return key;
	}

	List<JWK> publicKeys() {
		return this.db.select(SIGNING_KEY.JWK)
			.from(SIGNING_KEY)
			.orderBy(SIGNING_KEY.CREATED_AT.desc())
			.fetch(SIGNING_KEY.JWK)
			.stream()
			.<JWK>map((json) -> parse(json).toPublicJWK())
			.toList();
	}

	/**
	 * Seals keys stored in plain text (before sealing existed) and re-seals keys sealed
	 * with an older encryption key; answers how many changed. Compare-and-set per row, so
	 * replicas doing it at once do no harm.
	 */
	int reseal() {
		int resealed = 0;
		for (Record2<String, String> row : this.db.select(SIGNING_KEY.KID, SIGNING_KEY.JWK).from(SIGNING_KEY).fetch()) {
			if (this.box.needsResealing(row.value2())) {
				resealed += this.db.update(SIGNING_KEY)
					.set(SIGNING_KEY.JWK, this.box.seal(plain(row.value2())))
					.where(SIGNING_KEY.KID.eq(row.value1()).and(SIGNING_KEY.JWK.eq(row.value2())))
					.execute();
			}
		}
		return resealed;
	}

	private Optional<Record2<String, OffsetDateTime>> newestRow() {
		return this.db.select(SIGNING_KEY.JWK, SIGNING_KEY.CREATED_AT)
			.from(SIGNING_KEY)
			.orderBy(SIGNING_KEY.CREATED_AT.desc(), SIGNING_KEY.KID.desc())
			.limit(1)
			.fetchOptional();
	}

	private String plain(String stored) {
		return SecretBox.isSealed(stored) ? this.box.open(stored) : stored;
	}

	private RSAKey parse(String stored) {
		try {
			return RSAKey.parse(plain(stored));
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Unreadable signing key in the database", ex);
		}
	}

}
