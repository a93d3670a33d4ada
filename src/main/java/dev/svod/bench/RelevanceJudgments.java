package dev.svod.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The hand-written judgments of {@code relevance-judgments.tsv}: which decisions answer which query. */
final class RelevanceJudgments {

    /** A query and the markers whose presence in a decision's text makes it relevant. */
    record Judgment(String query, List<List<String>> markers) {

        boolean isRelevant(String decisionText) {
            String text = normalise(decisionText);
            return markers.stream().anyMatch(all -> all.stream().allMatch(text::contains));
        }
    }

    private RelevanceJudgments() {
    }

    static List<Judgment> load() {
        List<Judgment> judgments = new ArrayList<>();
        try (InputStream in = RelevanceJudgments.class.getResourceAsStream("relevance-judgments.tsv")) {
            if (in == null) {
                throw new IllegalStateException("relevance-judgments.tsv missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    judgments.add(parse(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return judgments;
    }

    static Judgment parse(String line) {
        String[] parts = line.split("\t");
        if (parts.length != 2) {
            throw new IllegalArgumentException("A judgment is QUERY<TAB>MARKERS: " + line);
        }
        List<List<String>> markers = Arrays.stream(parts[1].split("\\|"))
                .map(m -> Arrays.stream(m.split("\\+")).map(RelevanceJudgments::normalise).toList())
                .toList();
        return new Judgment(parts[0].strip(), markers);
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
