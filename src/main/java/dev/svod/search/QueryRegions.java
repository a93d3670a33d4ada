package dev.svod.search;

import dev.svod.parsing.Region;
import dev.svod.parsing.RegionDirectory;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Region names in a query, in any case form and as adjectives: «Амурской области», «Смоленский ИРО»,
 * «Республики Коми», «Якутии», or through a city («Благовещенск»). Words such as «область» or «республика»
 * next to the name belong to it. The names and forms come from the parser's region directory.
 */
final class QueryRegions {

    /** Words that say what kind of subject a name is; they never identify one alone. */
    private static final Set<String> GENERIC = Set.of("республик", "област", "кра", "кр", "автономн", "округ", "народн",
            "город", "г", "федерац", "российск", "субъект");

    private final PhraseDictionary<Region> names = new PhraseDictionary<>();

    QueryRegions(RegionDirectory directory) {
        for (Region region : directory.regions()) {
            for (String form : region.forms()) {
                distinctive(form).forEach(name -> names.add(name, region));
            }
            region.cities().forEach(city -> names.add(city, region));
        }
    }

    /** A region at word {@code start}: its words, with the generic words right before and after it. */
    Optional<Found> at(List<QueryWords.Word> words, int start) {
        if (isGeneric(words.get(start))) {
            int next = start + 1;
            return next < words.size() ? at(words, next).map(f -> new Found(start, f.end(), f.region())) : Optional.empty();
        }
        return names.longestAt(words, start).filter(f -> f.values().size() == 1).map(f -> {
            int end = start + f.length();
            while (end < words.size() && isGeneric(words.get(end))) {
                end++;
            }
            return new Found(start, end, f.values().get(0));
        });
    }

    /** Words {@code [start, end)} of the query name {@code region}. */
    record Found(int start, int end, Region region) {
    }

    private static boolean isGeneric(QueryWords.Word word) {
        return GENERIC.contains(word.stem());
    }

    /** The parts of a region's form that identify it: «Республика Саха (Якутия)» → «Саха», «Якутия». */
    private static List<String> distinctive(String form) {
        return java.util.Arrays.stream(form.split("[()—–]"))
                .map(part -> String.join(" ", QueryWords.split(part).stream()
                        .filter(w -> !isGeneric(w)).map(QueryWords.Word::typed).toList()))
                .filter(part -> !part.isBlank())
                .toList();
    }
}
