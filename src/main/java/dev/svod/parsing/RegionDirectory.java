package dev.svod.parsing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 89 subjects of the Russian Federation (data file {@code regions.json}), found in text in any case form
 * ("Хабаровского края", "Смоленской области", "Республике Татарстан", "Кузбасса") or through a city
 * ("г. Благовещенск" → Амурская область). Lookup walks the words of the text once, trying the phrases of up to
 * a few words that start at each word in a map, so it is linear in the text.
 */
public final class RegionDirectory {

    private static final String RESOURCE = "/dev/svod/parsing/regions.json";
    private static final Pattern CITY = Pattern.compile(
            "(?<![А-Яа-яЁё])(?:[гГ]\\.|[гГ]ород(?:а|е|у)?)\\s*([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*(?:\\s[А-ЯЁ][а-яё]+)?)");

    private final List<Region> regions;
    private final Map<String, Region> byPhrase = new HashMap<>();
    private final Map<String, String> cityByForm = new HashMap<>();
    private final Map<String, Region> regionByCity = new HashMap<>();
    private final int longestPhrase;

    RegionDirectory(List<Region> regions) {
        this.regions = List.copyOf(regions);
        int longest = 1;
        for (Region r : regions) {
            for (String form : r.forms()) {
                for (String variant : variants(form)) {
                    List<Token> words = tokens(variant);
                    if (!words.isEmpty()) {
                        byPhrase.putIfAbsent(key(words, 0, words.size()), r);
                        longest = Math.max(longest, words.size());
                    }
                }
            }
            for (String city : r.cities()) {
                cityByForm.putIfAbsent(Words.lower(city), city);
                regionByCity.putIfAbsent(Words.lower(city), r);
            }
        }
        this.longestPhrase = longest;
    }

    private static final class Holder {
        private static final RegionDirectory STANDARD = new RegionDirectory(read());
    }

    /** The directory from the classpath data file. */
    public static RegionDirectory standard() {
        return Holder.STANDARD;
    }

    private static List<Region> read() {
        try (InputStream in = RegionDirectory.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            return new ObjectMapper().readValue(in, new TypeReference<List<Region>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    public List<Region> regions() {
        return regions;
    }

    public Optional<Region> byName(String name) {
        return regions.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** A region named in the text, with where it stands. */
    public record Mention(Region region, int start, int end) {
    }

    /** Every region the text names, in order. */
    public List<Mention> mentions(String text) {
        List<Token> words = tokens(text);
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            for (int n = Math.min(longestPhrase, words.size() - i); n >= 1 && matched == 0; n--) {
                Region r = byPhrase.get(key(words, i, i + n));
                if (r != null) {
                    found.add(new Mention(r, words.get(i).start(), words.get(i + n - 1).end()));
                    matched = n;
                }
            }
            i += Math.max(1, matched);
        }
        return found;
    }

    public Optional<Region> first(String text) {
        List<Mention> all = mentions(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0).region());
    }

    /** The city a text names after "г." or "город", in the nominative when it is a known city. */
    public Optional<String> city(String text) {
        Matcher m = CITY.matcher(text);
        while (m.find()) {
            String candidate = m.group(1);
            Optional<String> known = knownCity(candidate);
            if (known.isPresent()) {
                return known;
            }
            String first = candidate.split(" ")[0];
            Optional<String> single = knownCity(first);
            return Optional.of(single.orElse(first));
        }
        return Optional.empty();
    }

    /** The regions of the known cities a text names anywhere ("ПДН УВД по г. Пензе", "Г. Ростова-на-дону"). */
    public Set<Region> regionsOfCities(String text) {
        Set<Region> found = new LinkedHashSet<>();
        Matcher m = CITY.matcher(text);
        while (m.find()) {
            String candidate = m.group(1);
            knownCity(candidate).or(() -> knownCity(candidate.split(" ")[0])).flatMap(this::byCity).ifPresent(found::add);
        }
        return found;
    }

    /** A known city in any simple case form: "Благовещенска" → "Благовещенск", "Перми" → "Пермь". */
    public Optional<String> knownCity(String word) {
        String w = Words.lower(word.trim());
        int dash = w.indexOf('-');
        if (dash > 0) {
            // "Ростова-на-Дону", "Петропавловска-Камчатского": the first part carries the case ending
            String head = w.substring(0, dash);
            for (String g : new String[] {head, drop(head, 1), drop(head, 1) + "ь", drop(head, 2)}) {
                for (String tail : new String[] {w.substring(dash), w.substring(dash).replaceAll("(?:ого|ому|ом)$", "ий")}) {
                    String city = cityByForm.get(g + tail);
                    if (city != null) {
                        return Optional.of(city);
                    }
                }
            }
        }
        String[] guesses = {w, drop(w, 1), drop(w, 2), drop(w, 1) + "а", drop(w, 1) + "ь", drop(w, 1) + "о",
                drop(w, 2) + "ь", drop(w, 2) + "а"};
        for (String g : guesses) {
            String city = cityByForm.get(g);
            if (city != null) {
                return Optional.of(city);
            }
        }
        return Optional.empty();
    }

    public Optional<Region> byCity(String city) {
        return Optional.ofNullable(regionByCity.get(Words.lower(city)));
    }

    private static String drop(String w, int n) {
        return w.length() > n + 2 ? w.substring(0, w.length() - n) : w;
    }

    /** The form itself, and its part before a dash or parenthesis ("Республика Саха (Якутия)" → "Республика Саха"). */
    private static List<String> variants(String form) {
        List<String> out = new ArrayList<>(List.of(form));
        for (String cut : new String[] {" — ", " – ", " ("}) {
            int i = form.indexOf(cut);
            if (i > 0) {
                out.add(form.substring(0, i));
            }
        }
        return out;
    }

    private record Token(String word, int start, int end) {
    }

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i))
                    || (text.charAt(i) == '-' && i + 1 < n && Character.isLetter(text.charAt(i + 1))))) {
                i++;
            }
            out.add(new Token(Words.lower(text.substring(start, i)), start, i));
        }
        return out;
    }

    private static String key(List<Token> words, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                s.append(' ');
            }
            s.append(words.get(i).word());
        }
        return s.toString();
    }
}
