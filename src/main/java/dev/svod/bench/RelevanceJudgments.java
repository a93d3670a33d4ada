package dev.svod.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The relevance benchmark's questions and what a reader judged relevant to them, from two tab-separated files
 * beside the real corpus: {@code queries.tsv} ({@code id set category query intent}; set {@code dev} for queries
 * the search was tuned on, {@code test} for held-out ones) and {@code judgments.tsv} ({@code id file grade quote}:
 * grade 1 when the decision of {@code file} whose text holds {@code quote} answers the query, 0 when a reader
 * looked and it does not). Quotes, not decision numbers, name decisions, so judgments survive parser changes.
 */
final class RelevanceJudgments {

    /** A query as a researcher wrote it, with what it is meant to find. */
    record Query(String id, String set, String category, String text, String intent) {

        boolean isStructured() {
            return category.startsWith("structured");
        }
    }

    /** One judged decision: the file it is in (name without .txt) and words of its text. */
    record Judged(String queryId, String file, boolean relevant, String quote) {

        boolean matches(String fileName, String decisionText) {
            return fileName.equals(file) && normalise(decisionText).contains(normalise(quote));
        }
    }

    private RelevanceJudgments() {
    }

    static List<Query> queries(Path file) {
        List<Query> queries = new ArrayList<>();
        for (String[] row : rows(file, 5)) {
            queries.add(new Query(row[0], row[1], row[2], row[3], row[4]));
        }
        return queries;
    }

    /** The judgments per query id; a missing file is no judgment yet (the pool is written first). */
    static Map<String, List<Judged>> judgments(Path file) {
        Map<String, List<Judged>> byQuery = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return byQuery;
        }
        for (String[] row : rows(file, 4)) {
            byQuery.computeIfAbsent(row[0], id -> new ArrayList<>())
                    .add(new Judged(row[0], row[1], "1".equals(row[2]), row[3]));
        }
        return byQuery;
    }

    /** Generated decisions judged relevant, per query id ({@code id decisionId grade}); a missing file is none. */
    static Map<String, Set<String>> generated(Path file) {
        Map<String, Set<String>> byQuery = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return byQuery;
        }
        for (String[] row : rows(file, 3)) {
            if ("1".equals(row[2])) {
                byQuery.computeIfAbsent(row[0], id -> new HashSet<>()).add(row[1]);
            }
        }
        return byQuery;
    }

    /** Letters and digits only, lower case, ё as е, single spaces: a quote survives re-joined lines and punctuation. */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (char c : text.toLowerCase(Locale.ROOT).replace('ё', 'е').toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    private static List<String[]> rows(Path file, int columns) {
        List<String[]> rows = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t", -1);
                if (row.length < columns) {
                    throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected " + columns + " tab-separated fields");
                }
                for (int c = 0; c < row.length; c++) {
                    row[c] = row[c].strip();
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
