package dev.svod.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.svod.index.IndexDocuments;
import dev.svod.index.ProtocolIndexer;
import dev.svod.ingest.IngestService;
import dev.svod.parsing.ProtocolParser;
import dev.svod.protocol.Decision;
import dev.svod.protocol.IndexState;
import dev.svod.protocol.MetadataOverride;
import dev.svod.protocol.Protocol;
import dev.svod.search.DecisionHit;
import dev.svod.search.DecisionSearchService;
import dev.svod.search.SearchParams;
import io.micronaut.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * recall@10 and nDCG@10 of Svod's decision search on hand-judged queries, and in the same run of the same
 * decisions indexed with Elasticsearch's standard analyzer (the baseline). Needs only Elasticsearch.
 */
@Command(name = "relevance", description = "recall@10 and nDCG@10: Svod's Russian analysis against the standard analyzer.")
public class RelevanceBenchmark implements Callable<Integer> {

    private static final int K = 10;
    private static final List<String> VARIANTS = List.of("tverskaya-oblast_2022-03-15_kollegiya.txt",
            "novosibirskaya-oblast_2022-04-12_soveshchanie.txt", "respublika-tatarstan_2022-05-20_sovet.txt");

    @Option(names = "--seeds", defaultValue = "src/test/resources/protocols", description = "folder of seed protocols (.txt)")
    Path seeds;

    @Option(names = "--es-url", defaultValue = "${SVOD_ES_URL:-http://127.0.0.1:9200}")
    String elasticsearchUrl;

    @Option(names = "--verbose", description = "print every query's figures")
    boolean verbose;

    /** The mean figures of one analyzer setup. */
    record Result(String name, double recall, double ndcg) {
    }

    @Override
    public Integer call() throws IOException {
        List<Protocol> corpus = corpus();
        List<RelevanceJudgments.Judgment> judgments = RelevanceJudgments.load();
        int decisions = corpus.stream().mapToInt(p -> p.decisions().size()).sum();
        System.out.printf("relevance: %d queries over %d decisions of %d protocols, k=%d%n",
                judgments.size(), decisions, corpus.size(), K);
        Result svod = evaluate("svod", "analysis.json", corpus, judgments);
        Result standard = evaluate("standard", "baseline-analysis.json", corpus, judgments);
        System.out.printf("%-10s %10s %10s%n", "analyzer", "recall@10", "nDCG@10");
        for (Result r : List.of(svod, standard)) {
            System.out.printf("%-10s %10.3f %10.3f%n", r.name(), r.recall(), r.ndcg());
        }
        return svod.ndcg() > standard.ndcg() ? 0 : 1;
    }

    private Result evaluate(String name, String analysis, List<Protocol> corpus, List<RelevanceJudgments.Judgment> judgments) {
        String prefix = "bench-relevance-" + name + "-" + System.currentTimeMillis();
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "svod.elasticsearch.url", elasticsearchUrl,
                "svod.elasticsearch.decisions-alias", prefix + "-decisions",
                "svod.elasticsearch.protocols-alias", prefix + "-protocols",
                "svod.elasticsearch.analysis", analysis,
                "svod.elasticsearch.refresh", "true",
                "svod.indexing.retry", "false"))) {
            ProtocolIndexer indexer = context.getBean(ProtocolIndexer.class);
            corpus.forEach(indexer::index);
            DecisionSearchService search = context.getBean(DecisionSearchService.class);
            double recall = 0;
            double ndcg = 0;
            for (RelevanceJudgments.Judgment judgment : judgments) {
                Set<String> relevant = relevantIds(corpus, judgment);
                List<String> ranked = search.search(SearchParams.text(judgment.query()).withSize(K)).hits().stream()
                        .map(DecisionHit::decisionId).toList();
                double r = RankingMetrics.recallAt(K, ranked, relevant);
                double n = RankingMetrics.ndcgAt(K, ranked, relevant);
                if (verbose) {
                    System.out.printf("  %-8s %-40s relevant %2d  recall %.2f  nDCG %.2f%n", name, judgment.query(), relevant.size(), r, n);
                }
                recall += r;
                ndcg += n;
            }
            BenchResults.deleteIndices(context.getBean(ElasticsearchClient.class), prefix);
            return new Result(name, recall / judgments.size(), ndcg / judgments.size());
        }
    }

    private static Set<String> relevantIds(List<Protocol> corpus, RelevanceJudgments.Judgment judgment) {
        Set<String> ids = new HashSet<>();
        for (Protocol p : corpus) {
            List<Decision> decisions = p.decisions();
            for (int i = 0; i < decisions.size(); i++) {
                if (judgment.isRelevant(decisions.get(i).text())) {
                    ids.add(IndexDocuments.decisionId(p.id(), i + 1));
                }
            }
        }
        return ids;
    }

    private List<Protocol> corpus() throws IOException {
        ProtocolParser parser = new ProtocolParser();
        List<Protocol> protocols = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                protocols.add(protocol(parser, file.getFileName().toString(), Files.readString(file)));
            }
        }
        for (String variant : VARIANTS) {
            try (InputStream in = RelevanceBenchmark.class.getResourceAsStream("relevance-variants/" + variant)) {
                protocols.add(protocol(parser, variant, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        return protocols;
    }

    private static Protocol protocol(ProtocolParser parser, String fileName, String text) {
        String id = IngestService.sha256(text.getBytes(StandardCharsets.UTF_8));
        return new Protocol(id, fileName, "text/plain", text.length(), text, parser.parse(text), MetadataOverride.NONE,
                Instant.EPOCH, ProtocolParser.VERSION, IndexState.PENDING);
    }
}
