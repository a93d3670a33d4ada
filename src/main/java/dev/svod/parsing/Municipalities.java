package dev.svod.parsing;

import io.micronaut.core.annotation.Nullable;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The municipality a header names: "муниципального образования «Город Благовещенск»", "Ленинского района"… */
final class Municipalities {

    private static final int FLAGS = Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern QUOTED = Pattern.compile(
            "(?i:муниципальн\\w*\\s+(?:образовани|район|округ)\\w*|городско\\w*\\s+округ\\w*|МО)\\s+«([^»]{2,60})»", FLAGS);
    private static final Pattern CITY_ADMINISTRATION = Pattern.compile(
            "(?i:администраци\\w*)\\s+(?:города|г\\.)\\s*([А-ЯЁ][а-яё-]+)", FLAGS);
    private static final Pattern DISTRICT = Pattern.compile(
            "([А-ЯЁ][а-яё-]+(?:ского|цкого|ного|ого))\\s+((?:муниципального\\s+)?)(район|округ)а", FLAGS);

    private Municipalities() {
    }

    static @Nullable String find(String header, RegionDirectory regions) {
        String text = Quotes.toGuillemets(header);
        Matcher m = QUOTED.matcher(text);
        if (m.find()) {
            return Words.squeeze(m.group(1));
        }
        m = CITY_ADMINISTRATION.matcher(text);
        if (m.find()) {
            return "город " + regions.knownCity(m.group(1)).orElse(stripGenitive(m.group(1)));
        }
        m = DISTRICT.matcher(text);
        if (m.find()) {
            String adjective = m.group(1);
            String stem = adjective.substring(0, adjective.length() - 3);
            String nominative = stem + ("кгхжшчщ".indexOf(stem.charAt(stem.length() - 1)) >= 0 ? "ий" : "ый");
            String municipal = m.group(2).isBlank() ? "" : "муниципальный ";
            return nominative + " " + municipal + m.group(3);
        }
        return null;
    }

    private static String stripGenitive(String word) {
        return word.endsWith("а") && word.length() > 4 ? word.substring(0, word.length() - 1) : word;
    }
}
