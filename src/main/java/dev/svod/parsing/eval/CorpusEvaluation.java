package dev.svod.parsing.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.svod.parsing.ParsedProtocol;
import dev.svod.protocol.Addressee;
import dev.svod.protocol.Decision;
import dev.svod.protocol.Deadline;
import dev.svod.protocol.DeadlineKind;
import io.micronaut.core.annotation.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The parser against the real-document corpus ({@link CorpusGold}), per field, per kind of document, with every
 * miss listed. The rules, chosen so that a reading a careful person would accept counts as right:
 * <ul>
 * <li>Decisions are aligned in document order ({@link DecisionAlignment}); a pair is the same decision when the
 *     numbers agree once a final "." or ")" is dropped and the parsed text starts with the gold's first words,
 *     both compared in lower case with ё→е and without spaces, hyphens or punctuation (so hard wraps and words
 *     split across table lines do not count against the parser).</li>
 * <li>Addressees, within each aligned pair: a parsed addressee matches a gold one when their word stems overlap
 *     by at least {@link NameWords#SAME} (Jaccard), or when their kinds are equal (CONTROL, SCHOOLS…) and they
 *     share a word. The parsed side is tried both as printed and as normalised. Matches are one to one.
 *     {@code addressee.kind} then scores the kinds of the matched pairs.</li>
 * <li>Deadlines, per aligned pair: {@code deadline.kind} compares the kind; {@code deadline.dates} compares
 *     from and to together, and only where either side has a date; a parsed DATE with no start ("до 01.03.2012")
 *     is that one day.</li>
 * <li>Header fields once per document: region and date exactly, kind through {@link KindCategory},
 *     municipality and issuing body by the same word overlap as addressees.</li>
 * </ul>
 * Figures are kept for the whole set and for groups of documents: by kind, table or not, municipal or regional.
 */
public final class CorpusEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final String ALL = "all";

    private final Map<String, Map<String, FieldScore>> groups = new LinkedHashMap<>();
    private final Map<String, Integer> documents = new LinkedHashMap<>();
    private final List<String> misses = new ArrayList<>();

    public static CorpusGold read(InputStream json) throws IOException {
        return JSON.readValue(json, CorpusGold.class);
    }

    /** Adds one document's comparison to the totals and to its groups. */
    public void add(String file, CorpusGold gold, ParsedProtocol parsed) {
        List<String> in = List.of(ALL, "kind " + Objects.requireNonNullElse(gold.kind(), "?"),
                gold.hasTable() ? "table" : "no table", gold.municipal() ? "municipal" : "regional");
        in.forEach(g -> documents.merge(g, 1, Integer::sum));
        Scorer s = new Scorer(file, in);
        s.single("", "region", gold.region(), parsed.region(), Objects::equals);
        s.single("", "municipality", gold.municipality(), parsed.municipality(), NameWords::same);
        s.single("", "date", gold.date(), parsed.date() == null ? null : parsed.date().toString(), Objects::equals);
        s.single("", "kind", gold.kind(), KindCategory.of(parsed.kind()), Objects::equals);
        s.single("", "issuingBody", gold.issuingBody(), parsed.issuingBody(), NameWords::same);
        int matched = 0;
        for (DecisionAlignment.Pair<CorpusGold.Decision> pair
                : DecisionAlignment.align(gold.decisions(), parsed.decisions(), CorpusEvaluation::same)) {
            if (pair.gold() != null && pair.parsed() != null) {
                matched++;
                compare(s, pair.gold(), pair.parsed());
            } else if (pair.gold() != null) {
                s.miss(pair.gold().number(), "decision", "«" + pair.gold().text() + "»", "not found");
            } else {
                s.miss(pair.parsed().number(), "decision", "nothing", "«" + shorten(pair.parsed().text()) + "»");
            }
        }
        s.count("decision", matched, parsed.decisions().size() - matched, gold.decisions().size() - matched);
    }

    /** The whole set's score of a field, if any document had it. */
    public Optional<FieldScore> score(String field) {
        return Optional.ofNullable(groups.getOrDefault(ALL, Map.of()).get(field));
    }

    public List<FieldScore> scores() {
        return List.copyOf(groups.getOrDefault(ALL, Map.of()).values());
    }

    /** Every disagreement: "file / 1.2 / deadline.kind: expected DATE, got NONE". */
    public List<String> misses() {
        return List.copyOf(misses);
    }

    /** Per field: counts, precision, recall and F1 over the whole set. */
    public String report() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-18s %5s %5s %5s %9s %7s %6s%n",
                "field", "tp", "fp", "fn", "precision", "recall", "F1"));
        for (FieldScore f : scores()) {
            out.append(String.format(Locale.ROOT, "%-18s %5d %5d %5d %9.3f %7.3f %6.3f%n", f.field(), f.truePositives(),
                    f.falsePositives(), f.falseNegatives(), f.precision(), f.recall(), f1(f)));
        }
        return out.toString();
    }

    /** F1 of the main fields per group of documents (kind, table or not, municipal or regional). */
    public String groupReport() {
        String[] fields = {"decision", "addressee", "addressee.kind", "deadline.kind", "deadline.dates", "region", "date"};
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-28s %4s", "group (F1)", "docs"));
        for (String f : fields) {
            out.append(String.format(Locale.ROOT, " %14s", f));
        }
        out.append('\n');
        List<Map.Entry<String, Map<String, FieldScore>>> sorted = new ArrayList<>(groups.entrySet());
        sorted.sort(Map.Entry.comparingByKey((a, b) -> a.equals(ALL) ? -1 : b.equals(ALL) ? 1 : a.compareTo(b)));
        for (Map.Entry<String, Map<String, FieldScore>> g : sorted) {
            out.append(String.format(Locale.ROOT, "%-28s %4d", g.getKey(), documents.getOrDefault(g.getKey(), 0)));
            for (String f : fields) {
                FieldScore score = g.getValue().get(f);
                out.append(score == null ? String.format(Locale.ROOT, " %14s", "-") : String.format(Locale.ROOT, " %14.3f", f1(score)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    public static double f1(FieldScore s) {
        double p = s.precision();
        double r = s.recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static void compare(Scorer s, CorpusGold.Decision g, Decision d) {
        List<CorpusGold.Addressee> unmatchedGold = new ArrayList<>(g.addressees());
        List<Addressee> unmatchedParsed = new ArrayList<>(d.addressees());
        int tp = 0;
        int kinds = 0;
        for (CorpusGold.Addressee ga : g.addressees()) {
            for (Addressee pa : unmatchedParsed) {
                if (same(ga, pa)) {
                    tp++;
                    unmatchedGold.remove(ga);
                    unmatchedParsed.remove(pa);
                    if (Objects.equals(ga.kind(), pa.kind().name())) {
                        kinds++;
                    } else {
                        s.miss(g.number(), "addressee.kind", ga.raw() + " " + ga.kind(), pa.kind().name());
                    }
                    break;
                }
            }
        }
        s.count("addressee", tp, unmatchedParsed.size(), unmatchedGold.size());
        s.count("addressee.kind", kinds, tp - kinds, tp - kinds);
        if (!unmatchedGold.isEmpty() || !unmatchedParsed.isEmpty()) {
            s.miss(g.number(), "addressee", unmatchedGold.stream().map(a -> a.raw() + " " + a.kind()).toList().toString(),
                    unmatchedParsed.stream().map(a -> a.raw() + " " + a.kind()).toList().toString());
        }
        Deadline pd = d.deadline();
        CorpusGold.Deadline gd = g.deadline();
        s.single(g.number(), "deadline.kind", gd.kind(), pd.kind().name(), Objects::equals);
        // A DATE is one day: the parser keeps "до 01.03.2012" as an open start, the annotation as that day twice.
        LocalDate from = pd.kind() == DeadlineKind.DATE && pd.from() == null ? pd.to() : pd.from();
        s.single(g.number(), "deadline.dates", span(gd.from(), gd.to()), span(text(from), text(pd.to())), Objects::equals);
    }

    private static boolean same(CorpusGold.Addressee g, Addressee p) {
        for (String parsed : new String[] {p.raw(), p.name()}) {
            if (NameWords.same(g.raw(), parsed)) {
                return true;
            }
            if (Objects.equals(g.kind(), p.kind().name()) && NameWords.overlap(g.raw(), parsed) > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(CorpusGold.Decision g, Decision d) {
        return Objects.equals(number(g.number()), number(d.number())) && letters(d.text()).startsWith(letters(g.text()));
    }

    private static @Nullable String number(@Nullable String printed) {
        return printed == null ? null : printed.trim().replaceAll("[.)]+$", "").toLowerCase(Locale.ROOT);
    }

    private static String letters(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[^\\p{L}\\p{Nd}]+", "");
    }

    private static @Nullable String span(@Nullable String from, @Nullable String to) {
        return from == null && to == null ? null : from + ".." + to;
    }

    private static @Nullable String text(@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String shorten(String text) {
        return text.length() > 70 ? text.substring(0, 70) + "…" : text;
    }

    /** Counts into every group of one document and records its misses. */
    private final class Scorer {
        private final String file;
        private final List<String> in;

        Scorer(String file, List<String> in) {
            this.file = file;
            this.in = in;
        }

        void single(@Nullable String number, String field, @Nullable String gold, @Nullable String parsed,
                    java.util.function.BiPredicate<String, String> equal) {
            boolean ok = Objects.equals(gold, parsed) || gold != null && parsed != null && equal.test(gold, parsed);
            count(field, ok && gold != null ? 1 : 0, !ok && parsed != null ? 1 : 0, !ok && gold != null ? 1 : 0);
            if (!ok) {
                miss(number, field, gold, parsed);
            }
        }

        void count(String field, int tp, int fp, int fn) {
            for (String g : in) {
                groups.computeIfAbsent(g, k -> new LinkedHashMap<>())
                        .merge(field, new FieldScore(field, tp, fp, fn), (a, b) -> a.plus(tp, fp, fn));
            }
        }

        void miss(@Nullable String number, String field, @Nullable String expected, @Nullable String got) {
            misses.add(file + " / " + (number == null || number.isEmpty() ? "-" : number) + " / " + field
                    + ": expected " + expected + ", got " + got);
        }
    }
}
