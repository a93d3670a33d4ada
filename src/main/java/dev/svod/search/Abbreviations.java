package dev.svod.search;

import jakarta.inject.Singleton;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands abbreviations of the field at query time (ДОУ → дошкольное образовательное учреждение), from the data
 * file {@code abbreviations.tsv}. Done in the query, not the index: the list grows without a reindex.
 */
@Singleton
public class Abbreviations {

    private final Map<String, List<String>> expansions;

    public Abbreviations() {
        this(load());
    }

    Abbreviations(Map<String, List<String>> expansions) {
        this.expansions = Map.copyOf(expansions);
    }

    /**
     * Rewrites a simple_query_string: each bare word that is an abbreviation becomes
     * {@code (ABBR | "expansion" | …)}. Words inside quoted phrases stay as they are.
     */
    public String expand(String query) {
        StringBuilder out = new StringBuilder();
        boolean inPhrase = false;
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (c == '"') {
                inPhrase = !inPhrase;
                out.append(c);
                i++;
            } else if (Character.isLetter(c)) {
                int end = i;
                while (end < query.length() && Character.isLetterOrDigit(query.charAt(end))) {
                    end++;
                }
                String word = query.substring(i, end);
                List<String> alternatives = inPhrase ? null : expansions.get(word);
                out.append(alternatives == null ? word : group(word, alternatives));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String group(String word, List<String> alternatives) {
        StringBuilder g = new StringBuilder("(").append(word);
        alternatives.forEach(a -> g.append(" | \"").append(a).append('"'));
        return g.append(')').toString();
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> map = new HashMap<>();
        try (InputStream in = Abbreviations.class.getResourceAsStream("abbreviations.tsv")) {
            if (in == null) {
                throw new IllegalStateException("abbreviations.tsv missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                map.put(parts[0].strip(), new ArrayList<>(List.of(parts).subList(1, parts.length)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
