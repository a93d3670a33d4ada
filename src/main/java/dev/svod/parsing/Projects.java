package dev.svod.parsing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named projects a decision mentions: a quoted name right after the word "проект" ("проект «Педкластер27»",
 * "проекты «Эффективная школа» и «500+»"), the quoted names in a list introduced by a sentence about projects
 * ("Утвердить региональные проекты: - … «Учись и работай в Хабаровском крае»"), an unquoted brand after
 * "проект" ("проекта 500+"), and quoted brand-like tokens with digits («500+», «Педкластер27»).
 */
final class Projects {

    private static final int FLAGS = Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern PROJECT_WORD_BEFORE = Pattern.compile("проект\\w*\\s*[(]?\\s*$", FLAGS);
    private static final Pattern CHAIN = Pattern.compile("^\\s*(?:,|и|,\\s*а также)\\s*$", FLAGS);
    private static final Pattern PROJECT_WORD = Pattern.compile("(?<!\\w)проект\\w*", FLAGS);
    private static final Pattern UNQUOTED = Pattern.compile(
            "(?<!\\w)проект\\w*\\s+(\\d+\\+|[A-ZА-ЯЁ][\\wА-Яа-яЁё]*\\d[\\wА-Яа-яЁё]*\\+?)", FLAGS);
    private static final Pattern BRAND = Pattern.compile("^[\\wА-Яа-яЁё-]*\\d[\\wА-Яа-яЁё]*\\+?$|^\\d+\\+$",
            Pattern.UNICODE_CHARACTER_CLASS);

    private Projects() {
    }

    static List<String> find(String text) {
        Set<String> projects = new LinkedHashSet<>();
        String t = Quotes.toGuillemets(text);
        int listStart = projectListStart(t);
        List<Quotes.Quote> quotes = Quotes.find(t);
        int previousProjectEnd = -2;
        for (Quotes.Quote q : quotes) {
            String before = t.substring(Math.max(0, q.start() - 40), q.start());
            boolean named = PROJECT_WORD_BEFORE.matcher(before).find();
            boolean chained = previousProjectEnd >= 0 && CHAIN.matcher(t.substring(previousProjectEnd + 1, q.start())).matches();
            boolean listed = listStart >= 0 && q.start() > listStart;
            boolean brand = BRAND.matcher(q.content()).matches()
                    && (q.content().endsWith("+") || q.content().chars().anyMatch(Character::isLetter));
            if (named || chained || listed || brand) {
                projects.add(q.content());
                previousProjectEnd = q.end();
            }
        }
        Matcher unquoted = UNQUOTED.matcher(t);
        while (unquoted.find()) {
            projects.add(unquoted.group(1));
        }
        return new ArrayList<>(projects);
    }

    /** Where the bullets of a list about projects begin: after a colon whose sentence names projects. */
    private static int projectListStart(String t) {
        int bullets = firstBullet(t);
        if (bullets < 0) {
            return -1;
        }
        String intro = t.substring(0, bullets);
        int colon = intro.lastIndexOf(':');
        if (colon < 0) {
            return -1;
        }
        int sentence = Math.max(intro.lastIndexOf(". ", colon), intro.lastIndexOf('\n', colon));
        String lead = intro.substring(Math.max(0, sentence), colon);
        return PROJECT_WORD.matcher(lead).find() ? colon : -1;
    }

    private static int firstBullet(String t) {
        int at = 0;
        while (at >= 0 && at < t.length()) {
            int nl = t.indexOf('\n', at);
            if (nl < 0) {
                return -1;
            }
            int k = nl + 1;
            if (k < t.length() && "-–—•".indexOf(t.charAt(k)) >= 0) {
                return nl;
            }
            at = k;
        }
        return -1;
    }
}
