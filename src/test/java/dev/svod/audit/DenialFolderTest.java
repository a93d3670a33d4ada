package dev.svod.audit;

import dev.svod.testsupport.HandClock;

import dev.svod.audit.DenialFolder.Denial;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DenialFolderTest {

    private final HandClock clock = new HandClock();
    private final DenialFolder folder = new DenialFolder(Duration.ofMinutes(1), clock);
    private final Denial readerOnUsers = new Denial("ivanova", "10.0.0.7", "GET /api/admin/users", 403);

    @Test
    void add_burstOfFifty_isOneEntryCountingFifty() {
        for (int i = 0; i < 50; i++) {
            folder.add(readerOnUsers);
        }

        List<AuditEntry> entries = folder.drain();

        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.count()).isEqualTo(50);
            assertThat(e.actor()).isEqualTo("ivanova");
            assertThat(e.action()).isEqualTo("access_denied");
            assertThat(e.target()).isEqualTo("GET /api/admin/users");
            assertThat(e.outcome()).isEqualTo("forbidden");
            assertThat(e.detail()).isEqualTo("10.0.0.7");
        });
        assertThat(folder.drain()).as("nothing new").isEmpty();
    }

    @Test
    void add_moreWithinTheWindow_rewritesTheSameEntryWithTheNewCount() {
        folder.add(readerOnUsers);
        String id = folder.drain().get(0).id();
        clock.advance(Duration.ofSeconds(30));
        folder.add(readerOnUsers);

        assertThat(folder.drain()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(id);
            assertThat(e.count()).isEqualTo(2);
        });
    }

    @Test
    void add_afterTheWindow_startsANewEntry() {
        folder.add(readerOnUsers);
        String first = folder.drain().get(0).id();
        clock.advance(Duration.ofMinutes(1));
        folder.add(readerOnUsers);

        assertThat(folder.drain()).singleElement().satisfies(e -> {
            assertThat(e.id()).isNotEqualTo(first);
            assertThat(e.count()).isEqualTo(1);
        });
    }

    @Test
    void add_otherRouteStatusOrCaller_areEntriesOfTheirOwn_anonymousByAddress() {
        folder.add(readerOnUsers);
        folder.add(new Denial("ivanova", "10.0.0.7", "GET /api/admin/audit", 403));
        folder.add(new Denial("", "10.0.0.8", "GET /api/admin/users", 401));
        folder.add(new Denial("", "10.0.0.9", "GET /api/admin/users", 401));
        folder.add(new Denial("", "10.0.0.9", "GET /api/admin/users", 401));

        assertThat(folder.drain()).extracting(e -> e.actor() + " " + e.target() + " " + e.outcome() + " " + e.detail() + " " + e.count())
                .containsExactly("ivanova GET /api/admin/users forbidden 10.0.0.7 1",
                        "ivanova GET /api/admin/audit forbidden 10.0.0.7 1",
                        "anonymous GET /api/admin/users unauthorized 10.0.0.8 1",
                        "anonymous GET /api/admin/users unauthorized 10.0.0.9 2");
    }

    @Test
    void add_floodOfInventedAddresses_staysBounded() {
        for (int i = 0; i < DenialFolder.MAX_OPEN + 500; i++) {
            folder.add(new Denial("", "10.1." + (i / 256) + "." + (i % 256), "GET /api/tokens", 401));
        }

        List<AuditEntry> entries = folder.drain();

        assertThat(entries).hasSize(DenialFolder.MAX_OPEN + 1);
        assertThat(entries.get(entries.size() - 1).count()).isEqualTo(500);
        assertThat(entries.get(entries.size() - 1).target()).isEqualTo(DenialFolder.OVERFLOW);
    }

    @Test
    void unwritten_comesBackAtTheNextDrain() {
        folder.add(readerOnUsers);
        List<AuditEntry> failed = folder.drain();

        folder.unwritten(failed);

        assertThat(folder.drain()).containsExactlyElementsOf(failed);
    }
}
