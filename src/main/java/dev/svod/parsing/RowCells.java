package dev.svod.parsing;

import dev.svod.protocol.DeadlineKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The cells of a plan's row whose table lost its rules, run together on one line by spaces: the activity, then a
 * deadline and the doers in the order the header gave them. Two orders are read:
 * <ul>
 * <li>doers, then deadline ("… МУ "АГБ" Апрель май"): the deadline is the shortest tail of a few words, opening with
 *     a capital, that reads as one; before it, the doers printed as abbreviations ("МУ "АГБ"", "ОТ и СЗН");</li>
 * <li>deadline, then doers ("… в течение 2010 года министерство образования Иркутской области"): the first run of
 *     words that are all deadline words and read as one, followed by a doer named in the nominative (a body's head
 *     word, an abbreviation, a person); a deadline at the very end with no doer after it (a cut-off row) counts too.</li>
 * </ul>
 * Each goes on a line of its own ("Ответственный: …", "Срок: …") as in any other plan; a row where neither can be
 * told apart is returned as it is.
 */
final class RowCells {

    private static final int MAX_DEADLINE_WORDS = 6;
    /** A month without its year is still a deadline cell ("Май"); its year comes later, from the document's date. */
    private static final LocalDate ANY_YEAR = LocalDate.of(2000, 1, 1);
    /** "аварии на ЧАЭС": an abbreviation after a preposition belongs to the activity, it is not its doer. */
    private static final Set<String> PREPOSITIONS = Set.of("в", "во", "на", "о", "об", "для", "по", "к", "с", "со", "из", "от", "при", "до");
    /** Head words of a doer in the nominative, as a «Ответственный» column prints them. */
    private static final Pattern DOER_HEAD = Pattern.compile("(?iu)министерств[оа]|департамент[ы]?|управлени[ея]|комитет[ы]?"
            + "|отдел[ы]?|администраци[яи]|органы?|руководител(?:ь|и)|учреждени[ея]|(?:обще)?образовательные|муниципальные"
            + "|государственн(?:ое|ые|ый)|центры?|институт|совет|служба|главы?|специалисты?|методисты?|директора?|заведующие");
    private static final Pattern PERSON = Pattern.compile("[А-ЯЁ]\\.\\s?[А-ЯЁ]\\.(?:\\s?[А-ЯЁ][а-яё-]+)?");

    private RowCells() {
    }

    /** "… МУ "АГБ" Апрель май": abbreviated doers, then the deadline, at the row's end. */
    static String deadlineLast(String row) {
        List<String> words = new ArrayList<>(List.of(row.trim().split("\\s+")));
        String deadline = null;
        for (int n = 1; n <= Math.min(4, words.size() - 2) && deadline == null; n++) {
            String tail = String.join(" ", words.subList(words.size() - n, words.size()));
            if (Character.isUpperCase(tail.charAt(0)) && isDeadline(tail)) {
                deadline = tail;
                words = words.subList(0, words.size() - n);
            }
        }
        int doers = words.size();
        while (doers > 2 && (isAbbreviatedDoer(words, doers - 1)
                || words.get(doers - 1).equals("и") && doers > 3 && isAbbreviatedDoer(words, doers - 2))) {
            doers--;
        }
        if (doers < words.size() && words.get(doers).equals("и")) {
            doers++;
        }
        return lines(String.join(" ", words.subList(0, doers)), String.join(" ", words.subList(doers, words.size())), deadline);
    }

    /** "… февраль 2010 года министерство образования Иркутской области": the deadline, then the doers. */
    static String deadlineThenDoers(String row) {
        List<String> words = List.of(row.trim().split("\\s+"));
        int n = words.size();
        int endOnly = -1;
        for (int k = 2; k < n; k++) {
            for (int len = Math.min(MAX_DEADLINE_WORDS, n - k); len >= 1; len--) {
                int end = k + len;
                boolean doerNext = end < n && isDoerStart(words, end);
                if ((doerNext || end == n) && isCleanDeadline(String.join(" ", words.subList(k, end)))) {
                    if (doerNext) {
                        return lines(String.join(" ", words.subList(0, k)), String.join(" ", words.subList(end, n)),
                                String.join(" ", words.subList(k, end)));
                    }
                    if (endOnly < 0) {
                        endOnly = k;
                    }
                }
            }
        }
        return endOnly < 0 ? row : lines(String.join(" ", words.subList(0, endOnly)), "", String.join(" ", words.subList(endOnly, n)));
    }

    private static String lines(String activity, String doers, String deadline) {
        StringBuilder out = new StringBuilder(activity);
        if (!doers.isBlank()) {
            out.append("\nОтветственный: ").append(doers);
        }
        if (deadline != null) {
            out.append("\nСрок: ").append(deadline);
        }
        return out.toString();
    }

    private static boolean isDeadline(String text) {
        return DeadlineParser.parse(text, ANY_YEAR).kind() != DeadlineKind.NONE;
    }

    /** Every word a deadline word ("в течение 2010 года"), so no part of the activity is taken with it. */
    private static boolean isCleanDeadline(String text) {
        return DeadlineLexer.lex(text).stream().noneMatch(t -> t.type() == DeadlineToken.Type.OTHER) && isDeadline(text);
    }

    private static boolean isDoerStart(List<String> words, int at) {
        String word = words.get(at);
        String next = at + 1 < words.size() ? words.get(at + 1) : "";
        return DOER_HEAD.matcher(Words.stripPunctuation(word)).matches() || isAbbreviatedDoer(words, at)
                || PERSON.matcher(word).lookingAt() || PERSON.matcher(next).matches() && Character.isUpperCase(word.charAt(0));
    }

    /** "ЦГБ", "МУ", "\"АГБ\"": an abbreviated name, not the last word of a quoted title ("… на ЧАЭС\"") nor after a preposition. */
    private static boolean isAbbreviatedDoer(List<String> words, int at) {
        String word = words.get(at);
        boolean closesQuote = word.endsWith("\"") && !word.startsWith("\"");
        boolean afterPreposition = at > 0 && PREPOSITIONS.contains(Words.lower(words.get(at - 1)));
        return Words.isAbbreviation(word) && !closesQuote && !afterPreposition;
    }
}
