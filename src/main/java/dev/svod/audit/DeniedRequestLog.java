package dev.svod.audit;

import com.mongodb.MongoException;
import dev.svod.audit.DenialFolder.Denial;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;

/**
 * Refused requests in the audit log, folded ({@link DenialFolder}) and written every few seconds by a job of their
 * own: the refusal itself never waits for MongoDB, and a flood costs one write per caller, route and status per
 * flush, not one per request.
 */
@Singleton
public class DeniedRequestLog {

    private static final Logger LOG = LoggerFactory.getLogger(DeniedRequestLog.class);

    private final DenialFolder folder;
    private final AuditLog audit;

    public DeniedRequestLog(AuditLog audit, Clock clock, @Value("${svod.audit.denials-window:1m}") Duration window) {
        this.audit = audit;
        this.folder = new DenialFolder(window, clock);
    }

    public void refused(Denial denial) {
        folder.add(denial);
    }

    /** Writes what changed; a failed write is tried again at the next flush, the counts kept. */
    @Scheduled(fixedDelay = "${svod.audit.denials-flush:5s}", initialDelay = "5s")
    public void flush() {
        var entries = folder.drain();
        for (int i = 0; i < entries.size(); i++) {
            try {
                audit.upsert(entries.get(i));
            } catch (MongoException e) {
                LOG.warn("{} refused-request entries not written to the audit log yet; MongoDB did not answer",
                        entries.size() - i, e);
                folder.unwritten(entries.subList(i, entries.size()));
                return;
            }
        }
    }

    @PreDestroy
    void close() {
        flush();
    }
}
