package dev.svod.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short names a protocol defines for itself: "министерства образования и науки края (далее – министерство)".
 * Later an addressee written with the short word ("Управлению … министерства") is read with the full name
 * ("… министерства образования и науки края"), so one body keeps one name within the protocol.
 */
final class Aliases {

    private static final Pattern DEFINITION = Pattern.compile("\\(\\s*далее\\s*[-–—:]?\\s*[«\"]?([а-яё]{4,30})[»\"]?\\s*\\)");

    /** The short word's stem, and what follows the full name's first word. */
    private record Alias(String stem, String tail) {
    }

    private final List<Alias> aliases;

    private Aliases(List<Alias> aliases) {
        this.aliases = List.copyOf(aliases);
    }

    static Aliases none() {
        return new Aliases(List.of());
    }

    /** Collects the definitions in a protocol's text. */
    static Aliases collect(String text) {
        List<Alias> found = new ArrayList<>();
        Matcher m = DEFINITION.matcher(text);
        while (m.find() && found.size() < 50) {
            String word = Words.lower(m.group(1));
            String stem = word.substring(0, Math.max(4, word.length() - 2));
            int windowStart = Math.max(0, m.start() - 200);
            String before = Words.lower(text.substring(windowStart, m.start()));
            int at = lastWordStartingWith(before, stem);
            if (at >= 0) {
                List<String> words = Words.split(text.substring(windowStart + at, m.start()));
                if (words.size() > 1 && words.size() <= 8) {
                    found.add(new Alias(stem, String.join(" ", words.subList(1, words.size()))));
                }
            }
        }
        return new Aliases(found);
    }

    /** The name with each bare short word followed by the rest of its full name. */
    String expand(String name) {
        String result = name;
        for (Alias a : aliases) {
            List<String> words = Words.split(result);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(w);
                boolean bare = i > 0 && Words.lower(w).startsWith(a.stem()) && Words.lower(w).length() <= a.stem().length() + 3
                        && !String.join(" ", words.subList(i + 1, words.size())).startsWith(a.tail());
                if (bare) {
                    out.append(' ').append(a.tail());
                }
            }
            result = out.toString();
        }
        return result;
    }

    private static int lastWordStartingWith(String text, String stem) {
        int at = text.lastIndexOf(stem);
        while (at > 0 && Character.isLetter(text.charAt(at - 1))) {
            at = text.lastIndexOf(stem, at - 1);
        }
        return at;
    }
}
