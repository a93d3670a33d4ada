package dev.svod.parsing;

import java.util.ArrayList;
import java.util.List;

/**
 * A subject of the Russian Federation with the case forms protocols use, and its capital and main cities.
 *
 * @param name   in the nominative: "Хабаровский край"
 * @param cities the capital first: "Хабаровск", then other main cities
 * @param aliases other names and their forms: "Кузбасс", "Югры", "ХМАО"
 */
public record Region(String name, String genitive, String dative, String prepositional, String instrumental,
                     List<String> cities, List<String> aliases) {

    public Region {
        cities = cities == null ? List.of() : List.copyOf(cities);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** Every way the region may be written: the case forms and aliases. */
    public List<String> forms() {
        List<String> forms = new ArrayList<>(List.of(name, genitive, dative, prepositional, instrumental));
        forms.addAll(aliases);
        return forms;
    }

    public String capital() {
        return cities.isEmpty() ? name : cities.get(0);
    }
}
