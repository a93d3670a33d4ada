package dev.svod.bench;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the chaos run's clients were told, per file (by the SHA-256 of its bytes, which is also the id Svod gives a
 * stored protocol): how many uploads of it were answered 201, how many 409 and with which stored ids, how many
 * failed. The verdict compares this with what the archive holds afterwards.
 */
final class ChaosLedger {

    /** Every upload of one file's bytes and how each was answered. */
    static final class File {
        final String marker;
        final AtomicInteger created = new AtomicInteger();
        final AtomicInteger conflicts = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final Set<String> createdIds = ConcurrentHashMap.newKeySet();
        final Set<String> conflictIds = ConcurrentHashMap.newKeySet();

        File(String marker) {
            this.marker = marker;
        }
    }

    private final Map<String, File> files = new ConcurrentHashMap<>();

    /** Before sending: the file is attempted, whatever comes back. */
    File attempt(String sha256, String marker) {
        return files.computeIfAbsent(sha256, k -> new File(marker));
    }

    Map<String, File> files() {
        return files;
    }

    /** Answered 201 at least once: Svod promised to keep it. */
    Map<String, File> acknowledged() {
        Map<String, File> acked = new ConcurrentHashMap<>();
        files.forEach((sha, f) -> {
            if (f.created.get() > 0) {
                acked.put(sha, f);
            }
        });
        return acked;
    }

    /** Files answered 201 more than once: the same bytes stored twice, as far as the clients were told. */
    long duplicates() {
        return files.values().stream().mapToLong(f -> Math.max(0, f.created.get() - 1)).sum();
    }
}
