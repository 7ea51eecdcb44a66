package app.distribu.identity.token;

import java.text.ParseException;
import java.util.List;
import java.util.function.Supplier;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import static app.distribu.identity.db.Tables.SIGNING_KEY;

@Repository
class SigningKeyRepository {

	private final DSLContext db;

	SigningKeyRepository(DSLContext db) {
		this.db = db;
	}

	/**
	 * The newest key, created if there is none. The advisory lock makes replicas starting
	 * together agree on one key instead of each inserting its own.
	 */
	@Transactional
	public RSAKey newestOrCreate(Supplier<RSAKey> generator) {
		this.db.execute("select pg_advisory_xact_lock(hashtext('identity.signing_key'))");
		String newest = this.db.select(SIGNING_KEY.JWK)
			.from(SIGNING_KEY)
			.orderBy(SIGNING_KEY.CREATED_AT.desc(), SIGNING_KEY.KID.desc())
			.limit(1)
			.fetchOne(SIGNING_KEY.JWK);
		if (newest != null) {
			return parse(newest);
		}
		RSAKey key = generator.get();
		this.db.insertInto(SIGNING_KEY)
			.set(SIGNING_KEY.KID, key.getKeyID())
			.set(SIGNING_KEY.JWK, key.toJSONString())
			.onConflictDoNothing()
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

	private static RSAKey parse(String json) {
		try {
			return RSAKey.parse(json);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Unreadable signing key in the database", ex);
		}
	}

}
