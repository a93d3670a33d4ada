package dev.svod.bench;

import java.util.Arrays;

/** Request latencies of one benchmark run, in nanoseconds, and their percentiles in milliseconds. */
final class Latencies {

    private final long[] nanos;

    Latencies(long[] nanos) {
        this.nanos = nanos.clone();
        Arrays.sort(this.nanos);
    }

    /** Nearest-rank percentile, in milliseconds. */
    double percentileMillis(double p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * nanos.length);
        return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1e6;
    }

    int count() {
        return nanos.length;
    }
}
