package dev.svod.parsing.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.svod.parsing.ParsedProtocol;
import dev.svod.protocol.Addressee;
import dev.svod.protocol.AgendaItem;
import dev.svod.protocol.Decision;
import io.micronaut.core.annotation.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares what the parser read with gold annotations, field by field, over any number of protocols, and reports
 * per-field precision and recall. Header fields count once per protocol; decisions are aligned in order (longest
 * common subsequence on number and text prefix), and the fields of each aligned pair are compared: single values
 * for parent, section, deadline kind/from/to/recurrence and shared, sets for addressees, persons and projects.
 */
public final class GoldEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Map<String, FieldScore> scores = new LinkedHashMap<>();
    private final List<String> mismatches = new ArrayList<>();

    public static GoldProtocol read(InputStream json) throws IOException {
        return JSON.readValue(json, GoldProtocol.class);
    }

    /** Adds one protocol's comparison to the totals. */
    public void add(GoldProtocol gold, ParsedProtocol parsed) {
        String p = gold.protocol();
        single(p, "region", gold.region(), parsed.region());
        single(p, "municipality", gold.municipality(), parsed.municipality());
        single(p, "city", gold.city(), parsed.city());
        single(p, "issuingBody", gold.issuingBody(), parsed.issuingBody());
        single(p, "kind", gold.kind(), parsed.kind());
        single(p, "date", gold.date(), text(parsed.date()));
        single(p, "number", gold.number(), parsed.number());
        flag(p, "draft", gold.draft(), parsed.draft());
        single(p, "chair", gold.chair(), parsed.chair());
        single(p, "secretary", gold.secretary(), parsed.secretary());
        agenda(p, gold.agenda(), parsed.agenda());
        decisions(gold, parsed.decisions());
    }

    public List<FieldScore> scores() {
        return List.copyOf(scores.values());
    }

    /** Every disagreement, one line each: "protocol / decision 1.2 / deadline.to: gold … parsed …". */
    public List<String> mismatches() {
        return List.copyOf(mismatches);
    }

    /** A table of the fields with their counts, precision and recall. */
    public String report() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-22s %5s %5s %5s %9s %7s%n",
                "field", "tp", "fp", "fn", "precision", "recall"));
        for (FieldScore s : scores.values()) {
            out.append(String.format(Locale.ROOT, "%-22s %5d %5d %5d %9.3f %7.3f%n", s.field(), s.truePositives(),
                    s.falsePositives(), s.falseNegatives(), s.precision(), s.recall()));
        }
        return out.toString();
    }

    private void agenda(String p, List<GoldProtocol.AgendaItem> gold, List<AgendaItem> parsed) {
        int tp = 0;
        for (int i = 0; i < gold.size(); i++) {
            GoldProtocol.AgendaItem g = gold.get(i);
            boolean ok = i < parsed.size() && Objects.equals(g.number(), parsed.get(i).number())
                    && squeeze(parsed.get(i).title()).startsWith(squeeze(g.title()));
            if (ok) {
                tp++;
            } else {
                mismatches.add(p + " / agenda " + (i + 1) + ": gold " + g + ", parsed "
                        + (i < parsed.size() ? parsed.get(i).number() + " " + parsed.get(i).title() : "nothing"));
            }
        }
        count("agenda", tp, parsed.size() - tp, gold.size() - tp);
    }

    private void decisions(GoldProtocol gold, List<Decision> parsed) {
        int matched = 0;
        for (DecisionAlignment.Pair<GoldProtocol.Decision> pair : DecisionAlignment.align(gold.decisions(), parsed, GoldEvaluation::same)) {
            GoldProtocol.Decision g = pair.gold();
            if (g != null && pair.parsed() != null) {
                compare(gold, g, pair.parsed());
                matched++;
            } else if (g != null) {
                mismatches.add(gold.protocol() + " / decision " + g.number() + " «" + g.text() + "»: not found");
            } else {
                mismatches.add(gold.protocol() + " / decision " + pair.parsed().number() + ": not in gold");
            }
        }
        count("decision", matched, parsed.size() - matched, gold.decisions().size() - matched);
    }

    private static boolean same(GoldProtocol.Decision g, Decision d) {
        return Objects.equals(g.number(), d.number()) && squeeze(d.text()).startsWith(squeeze(g.text()));
    }

    private void compare(GoldProtocol protocol, GoldProtocol.Decision g, Decision d) {
        String where = protocol.protocol() + " / decision " + g.number() + " «" + g.text() + "»";
        single(where, "parent", g.parent(), d.parent());
        String section = d.section() != null && g.section() != null && squeeze(d.section()).startsWith(squeeze(g.section()))
                ? g.section() : d.section();
        single(where, "section", g.section(), section);
        Set<String> goldAddressees = new HashSet<>();
        Set<String> goldNames = new HashSet<>();
        Set<String> goldKinds = new HashSet<>();
        for (String key : g.addressees()) {
            GoldProtocol.Addressee a = protocol.addressees().get(key);
            if (a == null) {
                throw new IllegalArgumentException(protocol.protocol() + ": no addressee " + key);
            }
            goldAddressees.add(a.name() + " | " + a.kind());
            goldNames.add(a.name());
            goldKinds.add(a.kind());
        }
        Set<String> parsedAddressees = new HashSet<>();
        Set<String> parsedNames = new HashSet<>();
        Set<String> parsedKinds = new HashSet<>();
        for (Addressee a : d.addressees()) {
            parsedAddressees.add(a.name() + " | " + a.kind().name());
            parsedNames.add(a.name());
            parsedKinds.add(a.kind().name());
        }
        set(where, "addressee", goldAddressees, parsedAddressees);
        set(where, "addressee.name", goldNames, parsedNames);
        set(where, "addressee.kind", goldKinds, parsedKinds);
        set(where, "persons", new HashSet<>(g.persons()), new HashSet<>(d.persons()));
        set(where, "projects", new HashSet<>(g.projects()), new HashSet<>(d.projects()));
        GoldProtocol.Deadline gd = g.deadline();
        single(where, "deadline.kind", gd.kind(), d.deadline().kind().name());
        single(where, "deadline.from", gd.from(), text(d.deadline().from()));
        single(where, "deadline.to", gd.to(), text(d.deadline().to()));
        single(where, "deadline.recurrence", gd.recurrence(), d.deadline().recurrence());
        flag(where, "deadline.shared", gd.shared(), d.deadline().shared());
    }

    private void single(String where, String field, @Nullable String gold, @Nullable String parsed) {
        boolean equal = Objects.equals(gold, parsed);
        int tp = equal && gold != null ? 1 : 0;
        int fp = !equal && parsed != null ? 1 : 0;
        int fn = !equal && gold != null ? 1 : 0;
        count(field, tp, fp, fn);
        if (!equal) {
            mismatches.add(where + " / " + field + ": gold " + gold + ", parsed " + parsed);
        }
    }

    private void flag(String where, String field, boolean gold, boolean parsed) {
        count(field, gold && parsed ? 1 : 0, parsed && !gold ? 1 : 0, gold && !parsed ? 1 : 0);
        if (gold != parsed) {
            mismatches.add(where + " / " + field + ": gold " + gold + ", parsed " + parsed);
        }
    }

    private void set(String where, String field, Set<String> gold, Set<String> parsed) {
        Set<String> common = new HashSet<>(gold);
        common.retainAll(parsed);
        count(field, common.size(), parsed.size() - common.size(), gold.size() - common.size());
        if (!gold.equals(parsed)) {
            mismatches.add(where + " / " + field + ": gold " + gold + ", parsed " + parsed);
        }
    }

    private void count(String field, int tp, int fp, int fn) {
        scores.merge(field, new FieldScore(field, tp, fp, fn), (a, b) -> a.plus(tp, fp, fn));
    }

    private static @Nullable String text(@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }
}
