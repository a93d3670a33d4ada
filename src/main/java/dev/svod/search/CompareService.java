package dev.svod.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.TermvectorsResponse;
import co.elastic.clients.elasticsearch.core.termvectors.Term;
import co.elastic.clients.elasticsearch.core.termvectors.TermVector;
import co.elastic.clients.elasticsearch.core.termvectors.Token;
import dev.svod.index.DecisionDocument;
import dev.svod.index.ElasticsearchSettings;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decisions side by side with the words they share. Words are compared as the Russian analyzer sees them
 * (lemma stems, stop words gone), then shown as printed in the first decision.
 */
@Singleton
public class CompareService {

    public static final int MAX_DECISIONS = 10;
    private static final int MIN_WORD_LENGTH = 3;

    private final DecisionLookup lookup;
    private final ElasticsearchClient client;
    private final ElasticsearchSettings settings;

    CompareService(DecisionLookup lookup, ElasticsearchClient client, ElasticsearchSettings settings) {
        this.lookup = lookup;
        this.client = client;
        this.settings = settings;
    }

    @Serdeable
    public record Comparison(List<DecisionHit> decisions, List<String> sharedTerms) {
    }

    public Comparison compare(List<String> ids) {
        if (ids.size() < 2 || ids.size() > MAX_DECISIONS) {
            throw new InvalidQueryException("Для сравнения укажите от 2 до " + MAX_DECISIONS + " решений (ids=a,b).");
        }
        List<DecisionDocument> docs = ids.stream().map(lookup::get).toList();
        Map<String, String> firstSurfaceForms = new LinkedHashMap<>();
        Set<String> shared = null;
        for (DecisionDocument doc : docs) {
            Map<String, String> surface = surfaceFormsByTerm(doc);
            if (shared == null) {
                shared = new java.util.LinkedHashSet<>(surface.keySet());
                firstSurfaceForms.putAll(surface);
            } else {
                shared.retainAll(surface.keySet());
            }
        }
        List<String> words = shared.stream().map(firstSurfaceForms::get)
                .filter(w -> w.length() >= MIN_WORD_LENGTH).distinct().collect(Collectors.toList());
        return new Comparison(docs.stream().map(d -> DecisionHit.of(d, null, 0)).toList(), words);
    }

    /** Each analysed term of the decision text, with the word it came from as printed (first occurrence). */
    private Map<String, String> surfaceFormsByTerm(DecisionDocument doc) {
        TermvectorsResponse response;
        try {
            response = client.<DecisionDocument>termvectors(t -> t.index(settings.decisionsAlias()).id(doc.decisionId())
                    .fields("text").offsets(true).positions(true).termStatistics(false).fieldStatistics(false));
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailableException("Поиск временно недоступен: " + e.getMessage(), e);
        }
        TermVector vector = response.termVectors().get("text");
        Map<String, String> forms = new HashMap<>();
        if (vector == null) {
            return forms;
        }
        List<Map.Entry<Integer, String>> ordered = new ArrayList<>();
        for (Map.Entry<String, Term> term : vector.terms().entrySet()) {
            Token first = term.getValue().tokens().get(0);
            if (first.startOffset() != null && first.endOffset() != null) {
                String word = doc.text().substring(first.startOffset(), first.endOffset()).toLowerCase(java.util.Locale.ROOT);
                ordered.add(Map.entry(first.startOffset(), term.getKey() + "\u0000" + word));
            }
        }
        ordered.sort(Map.Entry.comparingByKey());
        Map<String, String> inTextOrder = new LinkedHashMap<>();
        for (Map.Entry<Integer, String> e : ordered) {
            String[] parts = e.getValue().split("\u0000", 2);
            inTextOrder.putIfAbsent(parts[0], parts[1]);
        }
        return inTextOrder;
    }
}
