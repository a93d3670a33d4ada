package dev.svod.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.svod.corpus.GeneratedProtocol;
import dev.svod.corpus.ProtocolComposer;
import dev.svod.corpus.ProtocolFormat;
import dev.svod.index.ProtocolIndexer;
import dev.svod.ingest.IngestService;
import dev.svod.parsing.ProtocolParser;
import dev.svod.parsing.RegionDirectory;
import dev.svod.protocol.IndexState;
import dev.svod.protocol.MetadataOverride;
import dev.svod.protocol.Protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Fills benchmark indices with generated protocols until they hold a number of decisions: the corpus text is parsed
 * in this JVM and written with the app's own {@link ProtocolIndexer} (so the app's mappings and documents), without
 * Tika, HTTP or MongoDB. A million decisions through the upload API would take most of an hour on two cores; the
 * search benchmark measures searching, not ingest.
 */
final class SearchCorpusLoader {

    private static final int BATCH = 50;

    private SearchCorpusLoader() {
    }

    /** @return the decisions in the index afterwards */
    static long fill(ProtocolIndexer indexer, ElasticsearchClient client, String decisionsAlias, long decisions, long seed)
            throws IOException {
        long present = count(client, decisionsAlias);
        if (present >= decisions) {
            System.out.printf("search corpus: %s already holds %d decisions%n", decisionsAlias, present);
            return present;
        }
        ProtocolComposer composer = new ProtocolComposer(seed, RegionDirectory.standard());
        ProtocolParser parser = new ProtocolParser();
        long started = System.nanoTime();
        long written = 0;
        for (int next = 0; written < decisions; next += BATCH) {
            int from = next;
            List<Protocol> batch = IntStream.range(from, from + BATCH).parallel()
                    .mapToObj(i -> protocol(parser, composer.compose(i, ProtocolFormat.TXT))).toList();
            Map<String, String> failed = indexer.indexAll(batch);
            if (!failed.isEmpty()) {
                throw new IOException("Elasticsearch rejected " + failed.size() + " protocols: " + failed.values().iterator().next());
            }
            written += batch.stream().mapToLong(p -> p.decisions().size()).sum();
            if ((next / BATCH) % 40 == 0) {
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("search corpus: %d decisions, %.0f/s, load %s%n", written, written / seconds, BenchResults.loadAverage());
            }
        }
        client.indices().refresh(r -> r.index(decisionsAlias));
        return count(client, decisionsAlias);
    }

    private static long count(ElasticsearchClient client, String alias) throws IOException {
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            return 0;
        }
        return client.count(c -> c.index(alias)).count();
    }

    private static Protocol protocol(ProtocolParser parser, GeneratedProtocol generated) {
        byte[] bytes = generated.text().getBytes(StandardCharsets.UTF_8);
        return new Protocol(IngestService.sha256(bytes), generated.name() + ".txt", "text/plain", bytes.length,
                generated.text(), parser.parse(generated.text()), MetadataOverride.NONE, Instant.EPOCH,
                ProtocolParser.VERSION, IndexState.PENDING, null);
    }
}
