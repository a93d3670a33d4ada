package dev.svod.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import dev.svod.index.DecisionDocument;
import dev.svod.index.IndexDocuments;
import dev.svod.index.ProtocolIndexer;
import dev.svod.ingest.IngestService;
import dev.svod.parsing.ProtocolParser;
import dev.svod.parsing.eval.CorpusFolder;
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
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Svod's decision search against two baselines on the real corpus (protocols of many regions nobody on the team
 * wrote), with queries written as researchers ask and judged by reading the decisions: recall@20, nDCG@10 and
 * P@10 of Svod, of Elasticsearch's standard analyzer with a ranked OR query (BM25), and of Svod's analyzers with
 * the all-words AND query Svod used before, in one run. {@code --pool} writes what the three return for judging,
 * so the judgments are not biased to one of them. Queries with no relevant decision are left out, not scored.
 * Held-out queries (set {@code test}) are scored only with {@code --held-out}.
 */
@Command(name = "relevance", description = "recall@20, nDCG@10 and P@10 of Svod, the standard analyzer (OR) and the old AND query on the real corpus.")
public class RelevanceBenchmark implements Callable<Integer> {

    private static final int RANKED = 20;
    private static final int TOP = 10;
    /** The query Svod used before ranked retrieval: every word must match. */
    private static final List<String> OLD_FIELDS = List.of("text.exact^3", "text^2", "text.family^0.5", "addressees.raw^0.5", "section^0.3");

    @Option(names = "--corpus", defaultValue = "src/test/resources/real", description = "folder with dev/ and test/ of real protocols (.txt)")
    Path corpus;

    @Option(names = "--queries", defaultValue = "src/test/resources/real/relevance/queries.tsv")
    Path queriesFile;

    @Option(names = "--judgments", defaultValue = "src/test/resources/real/relevance/judgments.tsv")
    Path judgmentsFile;

    @Option(names = "--pool", description = "write the pooled top 20 of the three systems to this file for judging, and stop")
    Path pool;

    @Option(names = "--held-out", description = "also score the held-out queries (set test)")
    boolean heldOut;

    @Option(names = "--scale", defaultValue = "0", description = "generated decisions to mix in for P@10 at scale (e.g. 200000)")
    long scale;

    @Option(names = "--generated-judgments", defaultValue = "src/test/resources/real/relevance/generated-judgments.tsv",
            description = "judged generated decisions (id decisionId grade): at scale, those judged relevant count as relevant")
    Path generatedJudgmentsFile;

    @Option(names = "--scale-hits", description = "at scale, write the generated decisions each system puts in a top 10 to this file, for judging a sample")
    Path scaleHits;

    @Option(names = "--es-url", defaultValue = "${SVOD_ES_URL:-http://127.0.0.1:9200}")
    String elasticsearchUrl;

    @Option(names = "--verbose", description = "print every query's figures")
    boolean verbose;

    @Option(names = "--explain", split = ",", description = "for these development query ids: Svod's reading, its top 20 and the relevant decisions it missed")
    List<String> explain = List.of();

    /** A decision of the corpus: its file (name without .txt), number and text. */
    record CorpusDecision(String file, String number, String text) {
    }

    /** Mean figures of one system over a set of queries. */
    record Figures(String system, String set, int queries, double recall, double ndcg, double precision) {
    }

    private List<Figures> figures = List.of();

    /** What the last run measured. */
    List<Figures> figures() {
        return figures;
    }

    @Override
    public Integer call() throws IOException {
        List<Protocol> protocols = protocols();
        Map<String, CorpusDecision> decisions = decisions(protocols);
        List<RelevanceJudgments.Query> queries = RelevanceJudgments.queries(queriesFile);
        Map<String, List<RelevanceJudgments.Judged>> judgments = RelevanceJudgments.judgments(judgmentsFile);
        System.out.printf("relevance: %d queries over %d decisions of %d real protocols; load %s%n",
                queries.size(), decisions.size(), protocols.size(), BenchResults.loadAverage());
        List<RelevanceJudgments.Judged> lost = judgments.values().stream().flatMap(List::stream)
                .filter(j -> j.relevant() && decisions.values().stream().noneMatch(d -> j.matches(d.file(), d.text()))).toList();
        if (!lost.isEmpty()) {
            // the parser now cuts these decisions differently: judge their new text (--pool) rather than lose them silently
            System.out.printf("warning: %d relevant judgments match no decision of this parser version, e.g. %s «%s»%n",
                    lost.size(), lost.get(0).file(), lost.get(0).quote());
        }
        String prefix = "bench-relevance-" + System.currentTimeMillis();
        try (ApplicationContext svod = context(prefix + "-svod", "analysis.json");
             ApplicationContext standard = context(prefix + "-standard", "baseline-analysis.json")) {
            svod.getBean(ProtocolIndexer.class).indexAll(protocols);
            standard.getBean(ProtocolIndexer.class).indexAll(protocols);
            refresh(svod, prefix + "-svod");
            refresh(standard, prefix + "-standard");
            Map<String, Function<String, List<String>>> systems = new LinkedHashMap<>();
            systems.put("svod", svodSearch(svod));
            systems.put("standard-or", rawSearch(standard, prefix + "-standard-decisions", RelevanceBenchmark::orQuery));
            systems.put("svod-and", rawSearch(svod, prefix + "-svod-decisions", RelevanceBenchmark::andQuery));
            try {
                if (pool != null) {
                    writePool(queries, systems, decisions);
                    return 0;
                }
                if (!explain.isEmpty()) {
                    explain(queries, judgments, decisions, svod.getBean(DecisionSearchService.class));
                    return 0;
                }
                figures = evaluate(queries, judgments, decisions, systems, Map.of());
                if (scale > 0) {
                    // the same generated decisions in both indices: the baseline is measured at scale too
                    SearchCorpusLoader.fill(svod.getBean(ProtocolIndexer.class), svod.getBean(ElasticsearchClient.class),
                            prefix + "-svod-decisions", scale + decisions.size(), 42);
                    SearchCorpusLoader.fill(standard.getBean(ProtocolIndexer.class), standard.getBean(ElasticsearchClient.class),
                            prefix + "-standard-decisions", scale + decisions.size(), 42);
                    Map<String, Function<String, List<String>>> atScale = new LinkedHashMap<>();
                    atScale.put("svod@" + scale, systems.get("svod"));
                    atScale.put("standard-or@" + scale, systems.get("standard-or"));
                    figures.addAll(evaluate(queries, judgments, decisions, atScale, Map.of()));
                    // the generator writes the queries' topics too: what readers judged relevant among them counts
                    Map<String, Set<String>> generated = RelevanceJudgments.generated(generatedJudgmentsFile);
                    Map<String, Function<String, List<String>>> judged = new LinkedHashMap<>();
                    atScale.forEach((name, search) -> judged.put(name + "+judged", search));
                    figures.addAll(evaluate(queries, judgments, decisions, judged, generated));
                    if (scaleHits != null) {
                        writeGeneratedHits(queries, atScale, decisions, svod.getBean(ElasticsearchClient.class), prefix + "-svod-decisions");
                    }
                }
                print(figures);
                BenchResults.write("relevance", Map.of("machine", BenchResults.machine(), "figures", figures,
                        "decisions", decisions.size(), "scale", scale));
                return 0;
            } finally {
                BenchResults.deleteIndices(svod.getBean(ElasticsearchClient.class), prefix);
            }
        }
    }

    /** @param generated per query, generated decisions a reader judged relevant (at scale); empty otherwise */
    private List<Figures> evaluate(List<RelevanceJudgments.Query> queries, Map<String, List<RelevanceJudgments.Judged>> judgments,
                                   Map<String, CorpusDecision> decisions, Map<String, Function<String, List<String>>> systems,
                                   Map<String, Set<String>> generated) {
        List<Figures> figures = new ArrayList<>();
        List<String> sets = heldOut ? List.of("dev", "test", "structured", "other") : List.of("dev", "structured", "other");
        for (Map.Entry<String, Function<String, List<String>>> system : systems.entrySet()) {
            Map<String, double[]> sums = new LinkedHashMap<>();
            int skipped = 0;
            for (RelevanceJudgments.Query query : queries) {
                if (query.set().equals("test") && !heldOut) {
                    continue;
                }
                Set<String> relevant = relevant(judgments.getOrDefault(query.id(), List.of()), decisions);
                if (relevant.isEmpty()) {
                    skipped++;
                    continue;
                }
                relevant.addAll(generated.getOrDefault(query.id(), Set.of()));
                List<String> ranked = system.getValue().apply(query.text());
                double[] q = {1, RankingMetrics.recallAt(RANKED, ranked, relevant), RankingMetrics.ndcgAt(TOP, ranked, relevant),
                        RankingMetrics.precisionAt(TOP, ranked, relevant)};
                if (verbose) {
                    System.out.printf(Locale.ROOT, "  %-12s %s %-4s %-55s rel %2d  R@20 %.2f  nDCG %.2f  P@10 %.2f%n", system.getKey(),
                            query.id(), query.set(), query.text(), relevant.size(), q[1], q[2], q[3]);
                }
                add(sums, query.set(), q);
                add(sums, query.isStructured() ? "structured" : "other", q);
            }
            if (skipped > 0 && verbose) {
                System.out.printf("  %s: %d queries without a relevant decision left out%n", system.getKey(), skipped);
            }
            for (String set : sets) {
                double[] s = sums.get(set);
                if (s != null) {
                    figures.add(new Figures(system.getKey(), set, (int) s[0], s[1] / s[0], s[2] / s[0], s[3] / s[0]));
                }
            }
        }
        return figures;
    }

    private static void add(Map<String, double[]> sums, String key, double[] q) {
        double[] s = sums.computeIfAbsent(key, k -> new double[4]);
        for (int i = 0; i < 4; i++) {
            s[i] += q[i];
        }
    }

    private static Set<String> relevant(List<RelevanceJudgments.Judged> judged, Map<String, CorpusDecision> decisions) {
        Set<String> ids = new HashSet<>();
        for (RelevanceJudgments.Judged j : judged) {
            if (j.relevant()) {
                decisions.forEach((id, d) -> {
                    if (j.matches(d.file(), d.text())) {
                        ids.add(id);
                    }
                });
            }
        }
        return ids;
    }

    private static void print(List<Figures> figures) {
        System.out.printf("%-16s %-11s %7s %10s %8s %6s%n", "system", "queries", "n", "recall@20", "nDCG@10", "P@10");
        for (Figures f : figures) {
            System.out.printf(Locale.ROOT, "%-16s %-11s %7d %10.3f %8.3f %6.3f%n", f.system(), f.set(), f.queries(),
                    f.recall(), f.ndcg(), f.precision());
        }
    }

    private void writePool(List<RelevanceJudgments.Query> queries, Map<String, Function<String, List<String>>> systems,
                           Map<String, CorpusDecision> decisions) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(pool, StandardCharsets.UTF_8))) {
            out.println("id\tquery\tfile\tnumber\tsystems\ttext");
            int rows = 0;
            for (RelevanceJudgments.Query query : queries) {
                Map<String, Set<String>> found = new LinkedHashMap<>();
                systems.forEach((name, search) -> search.apply(query.text()).stream().limit(RANKED)
                        .forEach(id -> found.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(name)));
                for (Map.Entry<String, Set<String>> e : found.entrySet()) {
                    CorpusDecision d = decisions.get(e.getKey());
                    out.printf("%s\t%s\t%s\t%s\t%s\t%s%n", query.id(), query.text(), d.file(), d.number(),
                            String.join(",", e.getValue()), d.text().replaceAll("\\s+", " "));
                    rows++;
                }
            }
            System.out.printf("pool: %d candidates for %d queries written to %s%n", rows, queries.size(), pool);
        }
    }

    /**
     * The generated decisions in each system's top 10 at scale: unjudged, they count as misses, yet the generator
     * writes the queries' topics in every region, so some answer the query. A judged sample of this file says how
     * many, and so how much of the drop at scale is flood.
     */
    private void writeGeneratedHits(List<RelevanceJudgments.Query> queries, Map<String, Function<String, List<String>>> systems,
                                    Map<String, CorpusDecision> decisions, ElasticsearchClient client, String index) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(scaleHits, StandardCharsets.UTF_8))) {
            out.println("system\tid\tquery\trank\tdecisionId\ttext");
            for (RelevanceJudgments.Query query : queries) {
                if (query.set().equals("test") && !heldOut) {
                    continue;
                }
                for (Map.Entry<String, Function<String, List<String>>> system : systems.entrySet()) {
                    List<String> top = system.getValue().apply(query.text()).stream().limit(TOP).toList();
                    List<String> generated = top.stream().filter(id -> !decisions.containsKey(id)).toList();
                    if (generated.isEmpty()) {
                        continue;
                    }
                    Map<String, String> texts = new LinkedHashMap<>();
                    client.search(s -> s.index(index).size(generated.size()).query(q -> q.ids(i -> i.values(generated))),
                            DecisionDocument.class).hits().hits().forEach(h -> texts.put(h.source().decisionId(), h.source().text()));
                    for (String id : generated) {
                        out.printf("%s\t%s\t%s\t%d\t%s\t%s%n", system.getKey(), query.id(), query.text(), top.indexOf(id) + 1, id,
                                texts.getOrDefault(id, "").replaceAll("\\s+", " "));
                    }
                }
            }
        }
        System.out.println("generated decisions in the top 10 at scale: " + scaleHits);
    }

    /** Tuning aid for development queries only: held-out queries are never explained. */
    private void explain(List<RelevanceJudgments.Query> queries, Map<String, List<RelevanceJudgments.Judged>> judgments,
                         Map<String, CorpusDecision> decisions, DecisionSearchService search) {
        for (RelevanceJudgments.Query query : queries) {
            if (!explain.contains(query.id()) || !query.set().equals("dev")) {
                continue;
            }
            Set<String> relevant = relevant(judgments.getOrDefault(query.id(), List.of()), decisions);
            var page = search.search(SearchParams.text(query.text()).withSize(RANKED));
            System.out.printf("%s «%s» — %s%n  read as %s%n", query.id(), query.text(), query.intent(), page.understood());
            Set<String> shown = new HashSet<>();
            for (DecisionHit hit : page.hits()) {
                shown.add(hit.decisionId());
                CorpusDecision d = decisions.get(hit.decisionId());
                System.out.printf("  %s %5.1f %s #%s %s | lacks %s%n", relevant.contains(hit.decisionId()) ? "REL" : "   ",
                        hit.score(), d.file(), d.number(), abbreviate(d.text()), hit.missingWords());
            }
            relevant.stream().filter(id -> !shown.contains(id)).forEach(id -> System.out.printf("  MISSED %s #%s %s%n",
                    decisions.get(id).file(), decisions.get(id).number(), abbreviate(decisions.get(id).text())));
        }
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 160 ? flat : flat.substring(0, 160) + "…";
    }

    private static Function<String, List<String>> svodSearch(ApplicationContext context) {
        DecisionSearchService search = context.getBean(DecisionSearchService.class);
        return q -> search.search(SearchParams.text(q).withSize(RANKED)).hits().stream().map(DecisionHit::decisionId).toList();
    }

    private static Function<String, List<String>> rawSearch(ApplicationContext context, String index, Function<String, Query> query) {
        ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
        return q -> {
            try {
                return client.search(s -> s.index(index).size(RANKED).query(query.apply(q)), DecisionDocument.class)
                        .hits().hits().stream().map(h -> h.source().decisionId()).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static Query orQuery(String q) {
        return Query.of(b -> b.match(m -> m.field("text").query(q).operator(Operator.Or)));
    }

    private static Query andQuery(String q) {
        return Query.of(b -> b.simpleQueryString(s -> s.query(q).fields(OLD_FIELDS).defaultOperator(Operator.And)
                .flags(SimpleQueryStringFlag.And, SimpleQueryStringFlag.Or, SimpleQueryStringFlag.Not,
                        SimpleQueryStringFlag.Phrase, SimpleQueryStringFlag.Precedence, SimpleQueryStringFlag.Whitespace)));
    }

    private ApplicationContext context(String prefix, String analysis) {
        return ApplicationContext.run(Map.of(
                "svod.elasticsearch.url", elasticsearchUrl,
                "svod.elasticsearch.decisions-alias", prefix + "-decisions",
                "svod.elasticsearch.protocols-alias", prefix + "-protocols",
                "svod.elasticsearch.analysis", analysis,
                "svod.indexing.retry", "false"));
    }

    private static void refresh(ApplicationContext context, String prefix) throws IOException {
        context.getBean(ElasticsearchClient.class).indices().refresh(r -> r.index(prefix + "-*"));
    }

    private static Map<String, CorpusDecision> decisions(List<Protocol> protocols) {
        Map<String, CorpusDecision> decisions = new LinkedHashMap<>();
        for (Protocol p : protocols) {
            List<Decision> list = p.decisions();
            String file = p.fileName().replaceFirst("\\.txt$", "");
            for (int i = 0; i < list.size(); i++) {
                decisions.put(IndexDocuments.decisionId(p.id(), i + 1),
                        new CorpusDecision(file, String.valueOf(list.get(i).number()), list.get(i).text()));
            }
        }
        return decisions;
    }

    /** Every real protocol of dev/ and test/ (the search corpus is all of them), without its {@code # source:} line. */
    private List<Protocol> protocols() throws IOException {
        ProtocolParser parser = new ProtocolParser();
        List<Protocol> protocols = new ArrayList<>();
        for (String set : List.of("dev", "test")) {
            try (Stream<Path> files = Files.list(corpus.resolve(set))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    String text = CorpusFolder.documentText(Files.readString(file, StandardCharsets.UTF_8));
                    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                    protocols.add(new Protocol(IngestService.sha256(bytes), file.getFileName().toString(), "text/plain",
                            bytes.length, text, parser.parse(text), MetadataOverride.NONE, Instant.EPOCH,
                            ProtocolParser.VERSION, IndexState.PENDING, null));
                }
            }
        }
        return protocols;
    }
}
