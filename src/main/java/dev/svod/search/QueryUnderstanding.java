package dev.svod.search;

import dev.svod.parsing.RegionDirectory;
import dev.svod.protocol.AddresseeKind;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a researcher's query: quoted phrases (required as typed), {@code -exclusions}, alternatives joined by
 * {@code |}, and among the words the structure people write into questions — a region, a deadline period, an
 * addressee kind (chips) — and question words («что поручено», «сроки»), which only rank. What remains is
 * searched as text, each word or thesaurus phrase one unit with its thesaurus alternatives.
 */
@Singleton
public class QueryUnderstanding {

    private static final Map<AddresseeKind, String> ADDRESSEE_LABELS = Map.of(
            AddresseeKind.REGIONAL_AUTHORITY, "региональный орган управления образованием",
            AddresseeKind.MUNICIPAL_AUTHORITY, "муниципальные органы управления образованием",
            AddresseeKind.MUNICIPALITY_HEADS, "главы муниципальных образований",
            AddresseeKind.DEVELOPMENT_INSTITUTE, "институт развития образования",
            AddresseeKind.SCHOOLS, "школы",
            AddresseeKind.KINDERGARTENS, "детские сады",
            AddresseeKind.OTHER, "другие");

    private final Thesaurus thesaurus;
    private final QueryRegions regions;
    private final PhraseDictionary<AddresseeKind> addressees = new PhraseDictionary<>();
    private final PhraseDictionary<Boolean> questionWords = new PhraseDictionary<>();
    private final Clock clock;

    @Inject
    public QueryUnderstanding(Thesaurus thesaurus) {
        this(thesaurus, RegionDirectory.standard(), Clock.systemDefaultZone());
    }

    QueryUnderstanding(Thesaurus thesaurus, RegionDirectory regions, Clock clock) {
        this.thesaurus = thesaurus;
        this.regions = new QueryRegions(regions);
        this.clock = clock;
        for (String line : Thesaurus.lines("addressee-words.tsv")) {
            String[] parts = line.split("\t");
            addressees.add(parts[1].strip(), AddresseeKind.valueOf(parts[0].strip()));
        }
        Thesaurus.lines("question-words.txt").forEach(w -> questionWords.add(w.strip(), Boolean.TRUE));
    }

    /** @param plain chip kinds the researcher removed: their words are searched as text */
    public UnderstoodQuery read(String query, Set<QueryChip.Kind> plain) {
        Tokens tokens = Tokens.of(query);
        List<QueryUnit> required = new ArrayList<>(tokens.phrases().stream()
                .map(p -> new QueryUnit(p, List.of(p), List.of(), true)).toList());
        List<QueryUnit> optional = new ArrayList<>();
        List<QueryChip> chips = new ArrayList<>();
        QueryPeriods periods = new QueryPeriods(LocalDate.now(clock));
        for (Tokens.Group group : tokens.groups()) {
            List<QueryUnit> units = new ArrayList<>();
            readWords(group.words(), plain, periods, units, optional, chips);
            if (group.alternatives() && units.size() > 1) {
                required.add(alternatives(units));
            } else {
                required.addAll(units);
            }
        }
        return new UnderstoodQuery(required, optional, tokens.excluded(), distinct(chips));
    }

    private void readWords(List<QueryWords.Word> words, Set<QueryChip.Kind> plain, QueryPeriods periods,
                           List<QueryUnit> required, List<QueryUnit> optional, List<QueryChip> chips) {
        int i = 0;
        while (i < words.size()) {
            if (!plain.contains(QueryChip.Kind.DEADLINE)) {
                Optional<QueryPeriods.Found> period = periods.at(words, i);
                if (period.isPresent()) {
                    chips.add(period.get().chip());
                    i = period.get().end();
                    continue;
                }
            }
            if (!plain.contains(QueryChip.Kind.REGION)) {
                Optional<QueryRegions.Found> region = regions.at(words, i);
                if (region.isPresent()) {
                    chips.add(QueryChip.region(region.get().region().name(), typed(words, i, region.get().end())));
                    i = region.get().end();
                    continue;
                }
            }
            if (!plain.contains(QueryChip.Kind.ADDRESSEE)) {
                Optional<PhraseDictionary.Found<AddresseeKind>> addressee = addressees.longestAt(words, i);
                if (addressee.isPresent()) {
                    int end = i + addressee.get().length();
                    AddresseeKind kind = addressee.get().values().get(0);
                    chips.add(QueryChip.addressee(kind.name(), ADDRESSEE_LABELS.get(kind), typed(words, i, end)));
                    optional.add(unit(words, i, end));
                    i = end;
                    continue;
                }
            }
            Optional<PhraseDictionary.Found<Boolean>> question = questionWords.longestAt(words, i);
            if (question.isPresent()) {
                int end = i + question.get().length();
                optional.add(unit(words, i, end));
                i = end;
                continue;
            }
            Optional<Thesaurus.Expansion> expansion = thesaurus.at(words, i);
            if (expansion.isPresent()) {
                int end = i + expansion.get().length();
                required.add(new QueryUnit(typed(words, i, end), List.of(typed(words, i, end)),
                        expansion.get().alternatives(), false));
                i = end;
                continue;
            }
            if (!words.get(i).isStopWord()) {
                required.add(new QueryUnit(words.get(i).typed(), List.of(words.get(i).typed()), List.of(), false));
            }
            i++;
        }
    }

    /** Words {@code [start, end)} as one unit, with their thesaurus alternatives if they are a thesaurus phrase. */
    private QueryUnit unit(List<QueryWords.Word> words, int start, int end) {
        String typed = typed(words, start, end);
        List<String> expansions = thesaurus.at(words, start).filter(e -> e.length() == end - start)
                .map(Thesaurus.Expansion::alternatives).orElse(List.of());
        return new QueryUnit(typed, List.of(typed), expansions, false);
    }

    private static QueryUnit alternatives(List<QueryUnit> units) {
        List<String> alternatives = new ArrayList<>();
        List<String> expansions = new ArrayList<>();
        units.forEach(u -> {
            alternatives.addAll(u.alternatives());
            expansions.addAll(u.expansions());
        });
        return new QueryUnit(String.join(" | ", alternatives), alternatives, expansions, false);
    }

    private static List<QueryChip> distinct(List<QueryChip> chips) {
        List<QueryChip> out = new ArrayList<>();
        for (QueryChip chip : chips) {
            if (out.stream().noneMatch(c -> c.kind() == chip.kind() && c.value().equals(chip.value()))) {
                out.add(chip);
            }
        }
        return out;
    }

    private static String typed(List<QueryWords.Word> words, int start, int end) {
        return String.join(" ", words.subList(start, end).stream().map(QueryWords.Word::typed).toList());
    }

    /** Parses {@code plain=region,deadline}; unknown names are an error the researcher can fix. */
    public static Set<QueryChip.Kind> plainKinds(@Nullable String plain) {
        Set<QueryChip.Kind> kinds = EnumSet.noneOf(QueryChip.Kind.class);
        if (plain == null || plain.isBlank()) {
            return kinds;
        }
        for (String name : plain.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            if (name.strip().equalsIgnoreCase("all")) {
                return EnumSet.allOf(QueryChip.Kind.class);
            }
            try {
                kinds.add(QueryChip.Kind.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidQueryException("Параметр plain перечисляет region, deadline, addressee или all, а не «"
                        + name.strip() + "».");
            }
        }
        return kinds;
    }
}
