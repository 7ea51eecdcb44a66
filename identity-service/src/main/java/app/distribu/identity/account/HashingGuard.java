package app.distribu.identity.account;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds how many password hashes run at once. Argon2 costs ~19 MiB and tens of
 * milliseconds of CPU on purpose; without a bound, a flood of sign-ins would queue every
 * core behind it. A caller waits briefly for a permit (fair, so nobody starves) and is
 * otherwise told the service is busy.
 */
class HashingGuard {

	private final Semaphore permits;

	private final Duration maxWait;

	HashingGuard(int permits, Duration maxWait) {
		this.permits = new Semaphore(permits, true);
		this.maxWait = maxWait;
	}

	<T> T run(Supplier<T> hashing) {
		acquire();
		try {
			return hashing.get();
		}
		finally {
			this.permits.release();
		}
	}

	private void acquire() {
		try {
			if (!this.permits.tryAcquire(this.maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
				throw new HashingBusy();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new HashingBusy();
		}
	}

}
