package dev.svod.parsing;

import dev.svod.parsing.DeadlineToken.Type;
import dev.svod.protocol.Deadline;
import dev.svod.protocol.DeadlineKind;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deadline written inside a decision's own text rather than on a "Срок" line:
 * <ul>
 *   <li>strong: "(срок готовности программы – 1 ноября 2014 г.)", a closing parenthesis holding only a time
 *   ("(до 01.03.2022)", "(апрель 2022)", "(январь-май, 2022)"), or a closing "до 01.03.2022;";</li>
 *   <li>weak: a closing "в 2022 году", "в течение 2022 года", "в I квартале 2022 г." — a time the text ends on,
 *   which may be what the decision is about rather than when; a "Срок" line below overrides it, and a
 *   decision that names the document it approves or carries out has none;</li>
 *   <li>weak too: a time inside the text that reads as a deadline ({@link TimeMentions}); the other times the
 *   text names are kept as {@link Deadline#otherDates()};</li>
 *   <li>weakest: an event the action is tied to, standing before the action's verb ("Рекомендовать главам …
 *   при принятии муниципальных программ предусмотреть …"): UNSPECIFIED, with the event as the raw text.</li>
 * </ul>
 */
final class InlineDeadlines {

    private static final int FLAGS = Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE;
    private static final Pattern LABELLED = Pattern.compile(
            "(?<![а-яё])срок[а-яё]*[^:–—()\\n]{0,50}?(?:\\s*:|\\s[–—-])\\s*([^();\\n]{1,80})", FLAGS);
    private static final Pattern LAST_PARENTHESES = Pattern.compile("\\(([^()]{1,120})\\)[\\s.;,]*$");
    private static final Pattern TAIL_BY = Pattern.compile("(?<![а-яё])(?:в\\s+срок\\s+)?(?:до|не\\s+позднее|не\\s+позже|к)\\s+", FLAGS);
    private static final Pattern TAIL_IN = Pattern.compile("(?<![а-яё])(?:в\\s+течение|в|во)\\s+", FLAGS);
    private static final Pattern WITHIN_TERM = Pattern.compile(
            "(?<![а-яё])в\\s+срок\\s+(?:до|не\\s+позднее|не\\s+позже)\\s+", FLAGS);
    /**
     * A document the decision approves or carries out by name ("Утвердить прилагаемый Порядок …", "выполнение
     * Комплекса мер … в 2012 году"): a closing year is then the document's own, not a deadline.
     */
    private static final Pattern NAMED_DOCUMENT = Pattern.compile(
            "(?i:(?<![а-яё])(?:утверд|прилагаем))|(?<![А-ЯЁа-яё])(?:Комплекс|Программ|План|Поряд|Положени|Стратеги|Концепци)");
    private static final int TAIL = 90;
    /** "при принятии …", "при разработке …": a verbal noun, not "при участии", "при поддержке", "при наличии". */
    private static final Pattern AT_EVENT = Pattern.compile(
            "(?<![а-яё])при\\s+(?!(?:участии|поддержке|содействии|помощи|наличии|условии|необходимости)(?![а-яё]))"
                    + "[а-яё]{4,}(?:нии|тии|ции|ке)(?![а-яё])", FLAGS);
    private static final Pattern WORD = Pattern.compile("[А-ЯЁа-яё-]+");
    private static final Set<String> ADDRESSING_VERBS = Set.of("рекомендовать", "поручить", "предложить", "просить");

    /** A deadline found in a decision's text, and whether it is strong enough to stand against a "Срок" line. */
    record Found(Deadline deadline, boolean strong) {
    }

    private InlineDeadlines() {
    }

    static Optional<Found> find(String text, @Nullable LocalDate protocolDate) {
        List<TimeMentions.Mention> mentions = TimeMentions.find(text, protocolDate);
        return due(text, mentions, protocolDate).map(f -> new Found(withOthers(f.deadline(), mentions), f.strong()));
    }

    /** The dates a text names besides a deadline read elsewhere (a "Срок" line, a table cell). */
    static List<LocalDate> dates(String text, @Nullable LocalDate protocolDate) {
        List<LocalDate> out = new ArrayList<>();
        for (TimeMentions.Mention m : TimeMentions.find(text, protocolDate)) {
            if (m.deadlineLike() && m.deadline().to() != null) {
                out.add(m.deadline().to());
            }
        }
        return out;
    }

    private static Deadline withOthers(Deadline due, List<TimeMentions.Mention> mentions) {
        List<LocalDate> others = new ArrayList<>(due.otherDates());
        for (TimeMentions.Mention m : mentions) {
            if (m.deadlineLike() && m.deadline().to() != null) {
                others.add(m.deadline().to());
            }
        }
        return others.isEmpty() ? due : due.withOtherDates(others);
    }

    private static Optional<Found> due(String text, List<TimeMentions.Mention> mentions, @Nullable LocalDate protocolDate) {
        Matcher labelled = LABELLED.matcher(text);
        if (labelled.find()) {
            Deadline d = DeadlineParser.parse(labelled.group(1), protocolDate);
            if (d.kind() != DeadlineKind.NONE) {
                return Optional.of(new Found(d, true));
            }
        }
        Matcher within = WITHIN_TERM.matcher(text);
        if (within.find()) {
            String window = text.substring(within.start(), Math.min(text.length(), within.end() + 40));
            Deadline d = DeadlineParser.parse(window, protocolDate);
            if (d.kind() == DeadlineKind.DATE) {
                return Optional.of(new Found(d, true));
            }
        }
        Matcher parentheses = LAST_PARENTHESES.matcher(text);
        if (parentheses.find() && onlyTime(parentheses.group(1))) {
            Deadline d = DeadlineParser.parse(parentheses.group(1), protocolDate);
            if (d.kind() != DeadlineKind.NONE) {
                return Optional.of(new Found(d, true));
            }
        }
        Deadline by = tail(text, TAIL_BY, protocolDate);
        if (by != null && !TimeMentions.horizon(by, protocolDate)) {
            return Optional.of(new Found(by, true));
        }
        // A time inside the text: weaker than a "Срок" line below, which may name the deadline proper.
        for (TimeMentions.Mention m : mentions) {
            if (m.deadlineLike()) {
                return Optional.of(new Found(m.deadline(), false));
            }
        }
        Deadline in = NAMED_DOCUMENT.matcher(text).find() ? null : tail(text, TAIL_IN, protocolDate);
        if (in != null) {
            return Optional.of(new Found(in, false));
        }
        return atEvent(text).map(d -> new Found(d, false));
    }

    /** "… при разработке отраслевых программ предусмотреть …": the event before the action's verb. */
    static Optional<Deadline> atEvent(String text) {
        Matcher m = AT_EVENT.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            if (!Words.isInfinitive(w.group()) || w.start() == 0 && ADDRESSING_VERBS.contains(Words.lower(w.group()))) {
                continue;
            }
            if (w.start() < m.start()) {
                return Optional.empty();
            }
            String raw = Words.squeeze(text.substring(m.start(), w.start())).replaceAll("[\\s,;–—-]+$", "");
            return Optional.of(new Deadline(DeadlineKind.UNSPECIFIED, null, null, null, raw, false));
        }
        return Optional.empty();
    }

    /** The last place in the text's tail where the pattern starts a stretch that is only a time, up to the end. */
    private static @Nullable Deadline tail(String text, Pattern start, @Nullable LocalDate protocolDate) {
        int from = Math.max(0, text.length() - TAIL);
        String tail = text.substring(from);
        Matcher m = start.matcher(tail);
        Deadline found = null;
        while (m.find()) {
            String candidate = stripEnd(tail.substring(m.start()));
            if (onlyTime(candidate)) {
                Deadline d = DeadlineParser.parse(candidate, protocolDate);
                if (d.kind() != DeadlineKind.NONE && d.kind() != DeadlineKind.ONGOING) {
                    found = d;
                    break;
                }
            }
        }
        return found;
    }

    /** True when every word is about time: dates, months, years, prepositions, "срок", "года". */
    static boolean onlyTime(String s) {
        List<DeadlineToken> tokens = DeadlineLexer.lex(s);
        boolean point = false;
        for (DeadlineToken t : tokens) {
            if (t.is(Type.OTHER) || t.is(Type.NUMBER) && !s.contains("-")) {
                return false;
            }
            point |= t.startsPoint() || t.is(Type.RECUR) || t.is(Type.ONGOING);
        }
        return point;
    }

    private static String stripEnd(String s) {
        int to = s.length();
        while (to > 0 && ".;, \n".indexOf(s.charAt(to - 1)) >= 0) {
            to--;
        }
        return s.substring(0, to);
    }
}
