package app.distribu.identity.account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import app.distribu.identity.Accounts;
import app.distribu.identity.Browser;
import app.distribu.identity.MutableClock;
import app.distribu.platform.test.ServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
@Import(MutableClock.Config.class)
@TestPropertySource(properties = { "distribu.identity.hashing.permits=1", "distribu.identity.hashing.max-wait=2s" })
class SignInThrottleTest {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	HashingGuard guard;

	@Autowired
	DSLContext db;

	@Test
	void theSixthAttemptIsRefusedEvenWithTheRightPasswordUntilTheWindowPasses() throws Exception {
		Accounts.signUp(this.port, "Lock Co", "lock-co", "lou@lock.test");
		Accounts.signUp(this.port, "Free Co", "free-co", "fred@free.test");

		for (int i = 0; i < 5; i++) {
			assertThat(attempt("lou@lock.test", "wrong password").html().select(".alert.error").text())
				.isEqualTo("Incorrect email or password.");
		}
		Browser browser = new Browser(this.port);
		Browser.Page refused = Accounts.signIn(browser, "LOU@lock.test", Accounts.PASSWORD);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.headers().getFirst("Retry-After")).isEqualTo("60");
		assertThat(refused.html().select(".alert.error").text()).isEqualTo("Too many attempts. Try again in 1 minute.");
		assertThat(browser.cookie("DISTRIBU_SESSION")).isNull();

		assertThat(attempt("fred@free.test", Accounts.PASSWORD).status()).as("other accounts").isEqualTo(302);

		this.clock.advance(SignInThrottle.WINDOW.plusMinutes(1));
		assertThat(attempt("lou@lock.test", Accounts.PASSWORD).status()).isEqualTo(302);
	}

	/**
	 * Checking and counting an attempt is one statement: twenty guesses sent at once get
	 * the five the threshold allows, not one each.
	 */
	@Test
	void aParallelBurstGetsNoExtraGuesses() throws Exception {
		Accounts.signUp(this.port, "Burst Co", "burst-co", "bud@burst.test");
		int burst = 20;
		CountDownLatch ready = new CountDownLatch(burst);
		CountDownLatch go = new CountDownLatch(1);
		List<CompletableFuture<Browser.Page>> attempts = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(burst);
		try {
			for (int i = 0; i < burst; i++) {
				attempts.add(CompletableFuture.supplyAsync(() -> {
					Browser browser = new Browser(this.port).withHeader("X-Forwarded-For", "198.51.100.77");
					browser.get("/login");
					ready.countDown();
					await(go);
					return browser.post("/login",
							Browser.form("email", "bud@burst.test", "password", "wrong password"));
				}, pool));
			}
			ready.await();
			go.countDown();
		}
		finally {
			pool.shutdown();
		}
		List<Browser.Page> pages = attempts.stream().map(CompletableFuture::join).toList();

		assertThat(pages.stream()
			.filter((page) -> page.status() == 200)
			.map((page) -> page.html().select(".alert.error").text())).as("passwords checked")
			.hasSize(SignInThrottle.EMAIL_THRESHOLD)
			.allMatch(LoginController.WRONG_CREDENTIALS::equals);
		assertThat(pages).filteredOn((page) -> page.status() == 429).hasSize(burst - SignInThrottle.EMAIL_THRESHOLD);
		assertThat(attemptFrom("198.51.100.77", "bud@burst.test", Accounts.PASSWORD).status())
			.as("the burst used up the account's attempts")
			.isEqualTo(429);
	}

	@Test
	void unknownAddressesAreThrottledAlikeSoRefusalsRevealNothing() {
		for (int i = 0; i < 5; i++) {
			attempt("ghost@nowhere.test", "wrong password");
		}
		Browser.Page refused = attempt("ghost@nowhere.test", "wrong password");
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.html().select(".alert.error").text()).startsWith("Too many attempts. Try again in");
	}

	@Test
	void theDelayGrowsWithEachFurtherFailure() {
		assertThat(SignInThrottle.delayAfter(4, 5)).isZero();
		assertThat(SignInThrottle.delayAfter(5, 5)).isEqualTo(Duration.ofMinutes(1));
		assertThat(SignInThrottle.delayAfter(6, 5)).isEqualTo(Duration.ofMinutes(2));
		assertThat(SignInThrottle.delayAfter(8, 5)).isEqualTo(Duration.ofMinutes(8));
		assertThat(SignInThrottle.delayAfter(9, 5)).isEqualTo(Duration.ofMinutes(15));
		assertThat(SignInThrottle.delayAfter(60, 5)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void aSuccessfulSignInClearsTheAccountsCounter() throws Exception {
		Accounts.signUp(this.port, "Clear Co", "clear-co", "cleo@clear.test");
		for (int i = 0; i < 4; i++) {
			attempt("cleo@clear.test", "wrong password");
		}
		assertThat(attempt("cleo@clear.test", Accounts.PASSWORD).status()).isEqualTo(302);
		for (int i = 0; i < 4; i++) {
			attempt("cleo@clear.test", "wrong password");
		}
		assertThat(attempt("cleo@clear.test", Accounts.PASSWORD).status()).isEqualTo(302);
	}

	@Test
	void oneClientAddressIsThrottledAcrossAccounts() throws Exception {
		Accounts.signUp(this.port, "Net Co", "net-co", "nat@net.test");
		for (int i = 0; i < SignInThrottle.ADDRESS_THRESHOLD; i++) {
			attemptFrom("203.0.113.7", "user" + i + "@spray.test", "wrong password");
		}

		assertThat(attemptFrom("203.0.113.7", "nat@net.test", Accounts.PASSWORD).status()).isEqualTo(429);
		assertThat(attemptFrom("spoofed, 203.0.113.7", "nat@net.test", Accounts.PASSWORD).status())
			.as("a hop the client wrote itself changes nothing")
			.isEqualTo(429);
		assertThat(attemptFrom("198.51.100.9", "nat@net.test", Accounts.PASSWORD).status()).isEqualTo(302);
	}

	/**
	 * Once the database has refused an address, further attempts from it are refused from
	 * memory: they still answer 429 while another transaction holds the address's counter
	 * row, which any attempt reaching the database would queue behind.
	 */
	@Test
	void anAddressAlreadyRefusedIsRefusedWithoutWaitingForTheDatabase() throws Exception {
		for (int i = 0; i < SignInThrottle.ADDRESS_THRESHOLD; i++) {
			attemptFrom("192.0.2.44", "flood" + i + "@memory.test", "wrong password");
		}
		assertThat(attemptFrom("192.0.2.44", "one-more@memory.test", "wrong password").status()).isEqualTo(429);

		this.db.transaction((locking) -> {
			assertThat(
					locking.dsl().fetch("select key from sign_in_counter where key = 'address:192.0.2.44' for update"))
				.hasSize(1);
			CompletableFuture<Browser.Page> refused = CompletableFuture
				.supplyAsync(() -> attemptFrom("192.0.2.44", "fresh@memory.test", Accounts.PASSWORD));
			Browser.Page page = refused.get(20, TimeUnit.SECONDS);
			assertThat(page.status()).isEqualTo(429);
			assertThat(page.html().select(".alert.error").text())
				.isEqualTo("Too many attempts. Try again in 1 minute.");
		});
		assertThat(attemptFrom("192.0.2.45", "fresh@memory.test", "wrong password").status())
			.as("other addresses go on as before")
			.isEqualTo(200);
	}

	@Test
	void signInAnswers503WhenEveryHashingPermitIsTaken() throws Exception {
		Accounts.signUp(this.port, "Busy Co", "busy-co", "bea@busy.test");
		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Void> hog = CompletableFuture.runAsync(() -> this.guard.run(() -> {
			holding.countDown();
			await(release);
			return null;
		}));
		try {
			holding.await();
			Browser.Page busy = attempt("bea@busy.test", Accounts.PASSWORD);
			assertThat(busy.status()).isEqualTo(503);
			assertThat(busy.html().select(".alert.error").text())
				.isEqualTo("We're busy, please try again in a moment.");
		}
		finally {
			release.countDown();
			hog.join();
		}
		assertThat(attempt("bea@busy.test", Accounts.PASSWORD).status()).isEqualTo(302);
	}

	private Browser.Page attempt(String email, String password) {
		return Accounts.signIn(new Browser(this.port), email, password);
	}

	private Browser.Page attemptFrom(String forwardedFor, String email, String password) {
		return Accounts.signIn(new Browser(this.port).withHeader("X-Forwarded-For", forwardedFor), email, password);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
