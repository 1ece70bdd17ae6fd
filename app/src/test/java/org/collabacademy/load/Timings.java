package org.collabacademy.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** Round-trip times per interaction, collected from many learners at once, and the failures they met. */
final class Timings {

    private final Map<String, ConcurrentLinkedQueue<Long>> byInteraction = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

    void record(String interaction, long nanos) {
        byInteraction.computeIfAbsent(interaction, k -> new ConcurrentLinkedQueue<>()).add(nanos);
    }

    void failed(String reason) {
        failures.computeIfAbsent(reason, k -> new AtomicInteger()).incrementAndGet();
    }

    /** Percentiles in milliseconds of one interaction, or of all but sign-in when {@code interaction} is null. */
    Percentiles percentiles(String interaction) {
        List<Long> all = new ArrayList<>();
        byInteraction.forEach((name, times) -> {
            if (interaction == null ? !name.equals("sign in") : name.equals(interaction)) {
                all.addAll(times);
            }
        });
        return Percentiles.of(all);
    }

    Map<String, Percentiles> perInteraction() {
        Map<String, Percentiles> result = new TreeMap<>();
        byInteraction.keySet().forEach(name -> result.put(name, percentiles(name)));
        return result;
    }

    Map<String, Integer> failures() {
        Map<String, Integer> result = new TreeMap<>();
        failures.forEach((reason, count) -> result.put(reason, count.get()));
        return result;
    }

    int failureCount() {
        return failures.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    record Percentiles(int count, double p50, double p95, double p99, double max) {

        static Percentiles of(List<Long> nanos) {
            if (nanos.isEmpty()) {
                return new Percentiles(0, 0, 0, 0, 0);
            }
            long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            return new Percentiles(sorted.length, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        }

        private static double at(long[] sorted, double quantile) {
            int index = (int) Math.ceil(quantile * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }

        @Override
        public String toString() {
            return String.format("n=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f ms", count, p50, p95, p99, max);
        }
    }
}
