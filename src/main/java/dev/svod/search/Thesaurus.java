package dev.svod.search;

import jakarta.inject.Singleton;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the field says in several ways: the abbreviations ({@code abbreviations.tsv}: ДОУ, ГИА, ОМСУ…) and the
 * thesaurus ({@code thesaurus.tsv}: школа ↔ общеобразовательная организация, деньги ↔ финансирование…). Each
 * line of either file is a group of terms that a researcher means alike. A query phrase that is one of the
 * terms, in any case form, capitals or not, ё or е, is searched with the other terms of its groups as
 * alternatives ranked below what was typed. Expanded in the query, not the index: the lists grow without a
 * reindex.
 */
@Singleton
public class Thesaurus {

    static final List<String> FILES = List.of("abbreviations.tsv", "thesaurus.tsv");

    private record Entry(String term, List<String> group) {
    }

    /** The words {@code [start, start + length)} of a query and the other terms they stand for. */
    record Expansion(int start, int length, List<String> alternatives) {
    }

    private final PhraseDictionary<Entry> terms = new PhraseDictionary<>();

    public Thesaurus() {
        this(FILES.stream().flatMap(f -> read(f).stream()).toList());
    }

    Thesaurus(List<List<String>> groups) {
        for (List<String> group : groups) {
            List<String> copy = List.copyOf(group);
            copy.forEach(term -> terms.add(term, new Entry(term, copy)));
        }
    }

    /** The longest thesaurus phrase at word {@code start} of the query, with its alternatives. */
    Optional<Expansion> at(List<QueryWords.Word> words, int start) {
        return terms.longestAt(words, start).map(found -> {
            Set<String> typed = new LinkedHashSet<>();
            found.values().forEach(e -> typed.add(QueryWords.lower(e.term())));
            Set<String> alternatives = new LinkedHashSet<>();
            for (Entry e : found.values()) {
                e.group().stream().filter(t -> !typed.contains(QueryWords.lower(t))).forEach(alternatives::add);
            }
            return new Expansion(found.start(), found.length(), List.copyOf(alternatives));
        });
    }

    /** The groups of a data file: tab-separated terms a line; blank lines and lines starting with # skipped. */
    static List<List<String>> read(String file) {
        List<List<String>> groups = new ArrayList<>();
        for (String line : lines(file)) {
            List<String> group = new ArrayList<>();
            for (String term : line.split("\t")) {
                if (!term.isBlank()) {
                    group.add(term.strip());
                }
            }
            if (group.size() > 1) {
                groups.add(group);
            }
        }
        return groups;
    }

    static List<String> lines(String file) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Thesaurus.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
