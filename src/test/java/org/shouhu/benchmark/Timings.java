package org.shouhu.benchmark;

import java.util.Arrays;
import java.util.function.IntFunction;

import org.shouhu.benchmark.BenchmarkApi.Answer;

/** Sequential timing of whole HTTP requests: warm-up, then p50/p95/p99 printed as a Markdown table row. */
final class Timings {

	private Timings() {
	}

	static void measure(String name, int rounds, IntFunction<Answer> call) {
		for (int i = 0; i < Math.min(50, rounds); i++) {
			call.apply(i); // warm-up
		}
		long[] nanos = new long[rounds];
		Answer last = null;
		for (int i = 0; i < rounds; i++) {
			long start = System.nanoTime();
			last = call.apply(i);
			nanos[i] = System.nanoTime() - start;
			if (last.status() >= 300) {
				throw new IllegalStateException(name + " answered " + last.status() + ": " + last.body());
			}
		}
		Arrays.sort(nanos);
		System.out.printf("| %s | %.1f | %.1f | %.1f | %s |%n", name, pct(nanos, 50), pct(nanos, 95), pct(nanos, 99),
				last == null ? "" : items(last));
	}

	/** Roughly how big an answer is: array elements or byRegion rows. */
	private static String items(Answer answer) {
		String trimmed = answer.body().strip();
		if (trimmed.startsWith("[")) {
			return trimmed.equals("[]") ? "0" : String.valueOf(occurrences(trimmed, "\"childId\""));
		}
		if (trimmed.contains("\"byRegion\"")) {
			return occurrences(trimmed, "\"regionCode\"") - 1 + " rows";
		}
		return "";
	}

	private static int occurrences(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

	private static double pct(long[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1_000_000.0;
	}
}
