package dev.svod.parsing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regional body named by an adjective of its region: "Саратовская областная Дума", "Красноярского краевого
 * института", "Ставропольской краевой". "Xская областная …" can only be of "Xская область", so the region is read
 * through its genitive ("Саратовской области"); "республиканский" alone names no republic and gives nothing.
 */
final class RegionalAdjectives {

    private static final Pattern ADJECTIVE = Pattern.compile(
            "(?<![А-ЯЁа-яё])([А-ЯЁ][а-яё]+)(ск|цк)(?:ая|ой|ого|ому|ую|ие|их|им|ими)\\s+(областн|краев)[а-яё]+");

    private RegionalAdjectives() {
    }

    static Optional<Region> region(String text, RegionDirectory regions) {
        Matcher m = ADJECTIVE.matcher(text);
        while (m.find()) {
            String genitive = m.group(1) + m.group(2) + (m.group(3).equals("областн") ? "ой области" : "ого края");
            Optional<Region> region = regions.first(genitive);
            if (region.isPresent()) {
                return region;
            }
        }
        return Optional.empty();
    }
}
