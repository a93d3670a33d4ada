package dev.svod.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.types.ObjectId;

/**
 * Folds refused requests (401, 403) into one audit entry per caller, route and status per window: a script
 * hammering a route it may not call, or a scanner walking the API, leaves one line a minute with a count, not
 * one line a request. Kept in memory and written by {@link DeniedRequestLog}; pure, so it is tested with a clock.
 */
public final class DenialFolder {

    /** Past this many open windows, further new keys share one, so a flood of invented addresses stays bounded. */
    static final int MAX_OPEN = 10_000;
    static final String OVERFLOW = "(many)";

    /** One refused request: who (a username, or empty for no account), from where, what, and how it was answered. */
    public record Denial(String username, String address, String route, int status) {
    }

    private record Key(String who, String route, int status) {
    }

    private static final class Window {
        final String id = new ObjectId().toHexString();
        final Instant start;
        final Denial first;
        long count;
        boolean dirty = true;

        Window(Instant start, Denial first) {
            this.start = start;
            this.first = first;
        }
    }

    private final Duration window;
    private final Clock clock;
    private final Map<Key, Window> open = new LinkedHashMap<>();
    private final List<AuditEntry> unwritten = new ArrayList<>();

    public DenialFolder(Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    public synchronized void add(Denial denial) {
        Instant now = clock.instant();
        Key key = key(denial);
        Window current = open.get(key);
        if (current == null || !now.isBefore(current.start.plus(window))) {
            if (current == null && open.size() >= MAX_OPEN) {
                key = new Key(OVERFLOW, OVERFLOW, denial.status());
                denial = new Denial("", OVERFLOW, OVERFLOW, denial.status());
                current = open.get(key);
            }
            if (current == null || !now.isBefore(current.start.plus(window))) {
                current = new Window(now, denial);
                open.put(key, current);
            }
        }
        current.count++;
        current.dirty = true;
    }

    /**
     * The entries that changed since the last call, to be written (an entry keeps its id, so a later write of the
     * same window replaces it with the new count); windows that are over are forgotten once handed out.
     */
    public synchronized List<AuditEntry> drain() {
        Instant now = clock.instant();
        // earlier first: a window's newer count, later in the list, replaces its older one
        List<AuditEntry> changed = new ArrayList<>(unwritten);
        unwritten.clear();
        for (Iterator<Window> it = open.values().iterator(); it.hasNext(); ) {
            Window w = it.next();
            if (w.dirty) {
                changed.add(entry(w));
                w.dirty = false;
            }
            if (!now.isBefore(w.start.plus(window))) {
                it.remove();
            }
        }
        return changed;
    }

    /** Entries a write failed for, handed out again by the next {@link #drain()}. */
    public synchronized void unwritten(List<AuditEntry> entries) {
        unwritten.addAll(0, entries);
    }

    private static Key key(Denial d) {
        return new Key(d.username().isEmpty() ? "address:" + d.address() : "user:" + d.username(), d.route(), d.status());
    }

    private static AuditEntry entry(Window w) {
        Denial d = w.first;
        String outcome = d.status() == 401 ? "unauthorized" : d.status() == 403 ? "forbidden" : Integer.toString(d.status());
        return new AuditEntry(w.id, w.start, d.username().isEmpty() ? "anonymous" : d.username(),
                AuditAction.ACCESS_DENIED.id(), d.route(), outcome, d.address(), w.count);
    }
}
