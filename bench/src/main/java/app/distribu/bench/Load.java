package app.distribu.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load: {@code clients} threads each repeat one operation as fast as it
 * answers, first for the warm-up (not measured), then for the measured duration.
 */
final class Load {

	/** One client's operation; returns the outcome, e.g. an HTTP status. */
	@FunctionalInterface
	interface Operation {

		String run(int client) throws Exception;

	}

	private Load() {
	}

	static Result run(String name, int clients, Duration warmup, Duration duration, Operation operation)
			throws InterruptedException {
		long warmupEnd = System.nanoTime() + warmup.toNanos();
		long end = warmupEnd + duration.toNanos();
		List<long[]> latencies = new ArrayList<>();
		Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int client = c;
			long[] own = new long[2_000_000];
			latencies.add(own);
			int[] count = { 0 };
			Thread thread = new Thread(() -> {
				while (System.nanoTime() < end) {
					long start = System.nanoTime();
					String outcome;
					try {
						outcome = operation.run(client);
					}
					catch (Exception ex) {
						outcome = ex.getClass().getSimpleName();
					}
					long finished = System.nanoTime();
					if (start >= warmupEnd && finished <= end && count[0] < own.length - 1) {
						own[count[0]++] = finished - start;
						outcomes.computeIfAbsent(outcome, (any) -> new AtomicLong()).incrementAndGet();
					}
				}
				own[own.length - 1] = count[0]; // the last slot holds how many were
												// recorded
			}, name + "-" + client);
			threads.add(thread);
			thread.start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		return Result.of(name, duration, latencies, new TreeMap<>(outcomes));
	}

	record Result(String name, double perSecond, long p50Micros, long p95Micros, long p99Micros, long count,
			Map<String, AtomicLong> outcomes) {

		static Result of(String name, Duration duration, List<long[]> perClient, Map<String, AtomicLong> outcomes) {
			int total = perClient.stream().mapToInt((own) -> (int) own[own.length - 1]).sum();
			long[] all = new long[total];
			int at = 0;
			for (long[] own : perClient) {
				int n = (int) own[own.length - 1];
				System.arraycopy(own, 0, all, at, n);
				at += n;
			}
			Arrays.sort(all);
			return new Result(name, total / (duration.toMillis() / 1000.0), percentile(all, 0.50),
					percentile(all, 0.95), percentile(all, 0.99), total, outcomes);
		}

		private static long percentile(long[] sorted, double p) {
			if (sorted.length == 0) {
				return 0;
			}
			return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1_000;
		}

		void print() {
			System.out.println(line());
		}

		String line() {
			return String.format("%-22s %9.1f/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  n=%d  outcomes=%s",
					this.name, this.perSecond, this.p50Micros / 1000.0, this.p95Micros / 1000.0,
					this.p99Micros / 1000.0, this.count, this.outcomes);
		}

	}

}
