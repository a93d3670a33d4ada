package dev.svod.ingest;

import dev.svod.archive.ProtocolRepository;
import dev.svod.parsing.ProtocolParser;
import dev.svod.protocol.IndexState;
import dev.svod.protocol.Protocol;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.function.Consumer;

/**
 * Re-reads every stored protocol with the current parser and re-indexes it, after a parser change. Works from
 * the text extracted at upload; the archivist's overrides are kept.
 */
@Singleton
public class ReparseService {

    private final ProtocolRepository protocols;
    private final ProtocolParser parser;
    private final IngestService ingest;

    public ReparseService(ProtocolRepository protocols, ProtocolParser parser, IngestService ingest) {
        this.protocols = protocols;
        this.parser = parser;
        this.ingest = ingest;
    }

    /** What one pass did: protocols re-parsed, of which indexed (the rest stay PENDING for the retrying indexer). */
    public record Outcome(int reparsed, int indexed) {
    }

    /**
     * Re-reads one protocol with the current parser (the archivist's «Перечитать»); searchable again on return
     * unless Elasticsearch is down. Overrides and corrections are the archivist's and stay.
     *
     * @throws ProtocolNotFoundException when no such protocol is stored
     */
    public Protocol reparse(String id) {
        Protocol stored = protocols.findById(id).orElseThrow(() -> new ProtocolNotFoundException(id));
        Protocol reparsed = stored.reparsed(parser.parse(stored.text()), ProtocolParser.VERSION);
        protocols.replace(reparsed);
        return ingest.indexNow(reparsed);
    }

    /** @param progress told after each protocol: "done/total" */
    public Outcome reparseAll(Consumer<String> progress) {
        List<String> ids = protocols.findAllIds();
        int indexed = 0;
        int done = 0;
        for (String id : ids) {
            Protocol stored = protocols.findById(id).orElse(null);
            done++;
            if (stored == null) {
                continue;
            }
            Protocol reparsed = stored.reparsed(parser.parse(stored.text()), ProtocolParser.VERSION);
            protocols.replace(reparsed);
            if (ingest.indexWithoutRefresh(reparsed).indexState() == IndexState.INDEXED) {
                indexed++;
            }
            progress.accept(done + "/" + ids.size() + " " + stored.fileName() + ": "
                    + reparsed.decisions().size() + " decisions");
        }
        ingest.refresh();
        return new Outcome(done, indexed);
    }
}
