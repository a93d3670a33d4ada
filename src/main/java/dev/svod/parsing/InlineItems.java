package dev.svod.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Items that a web page ran together into one paragraph: "… постановляет: 1. Утвердить … 2. Утвердить … 3. …".
 * The paragraph is cut before each number of the run 1, 2, 3 … that opens a sentence (after ":", "." or ";",
 * before a capital letter), so that the items become lines of their own. It is cut only when at least "1." and
 * "2." are found in order: a lone "1." inside a sentence is more likely a reference than an item.
 */
final class InlineItems {

    private static final int MIN_LENGTH = 60;

    private InlineItems() {
    }

    static List<String> split(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            out.addAll(split(line));
        }
        return out;
    }

    static List<String> split(String line) {
        if (line.length() < MIN_LENGTH || line.indexOf("2.") < 0) {
            return List.of(line);
        }
        List<Integer> cuts = new ArrayList<>();
        int first = line.startsWith("1.") ? 0 : find(line, 1, 0, ":");
        if (first < 0) {
            return List.of(line);
        }
        cuts.add(first);
        for (int k = 2, from = first + 2; ; k++) {
            int at = find(line, k, from, ".;");
            if (at < 0) {
                break;
            }
            cuts.add(at);
            from = at + 2;
        }
        if (cuts.size() < 2) {
            return List.of(line);
        }
        List<String> parts = new ArrayList<>();
        int last = 0;
        for (int cut : cuts) {
            if (cut > last) {
                parts.add(line.substring(last, cut).trim());
            }
            last = cut;
        }
        parts.add(line.substring(last).trim());
        return parts;
    }

    private static final Pattern ITEM = Pattern.compile("(?<=([.;:])\\s)(\\d{1,3})\\.\\s?(?=[«\"А-ЯЁ])");

    /** Where "k." opens a sentence after one of the given punctuation marks and a space, from a place on. */
    private static int find(String line, int k, int from, String before) {
        Matcher m = ITEM.matcher(line);
        String number = Integer.toString(k);
        int at = from;
        while (m.find(at)) {
            if (m.group(2).equals(number) && before.indexOf(m.group(1).charAt(0)) >= 0) {
                return m.start();
            }
            at = m.end();
        }
        return -1;
    }
}
