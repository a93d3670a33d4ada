package dev.svod.parsing;

import io.micronaut.core.annotation.Nullable;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sub-items listed under an item that ends with a colon, numbered in another style than the items themselves:
 * "2. Правительству области:" over "1) утвердить …", "2) разработать …", or "1. Правительству РФ:" over
 * "а) рассмотреть …". Their own numbers restart, so the {@link DecisionTree} cannot place them; the colon does.
 * An item that only names who such a sub-list is for ("Правительству области (Кокшаров В.А.):", "Руководителям
 * органов …, рекомендовать:") is a heading, not a decision of its own: its sub-items inherit its addressees.
 * (Over "2.1", "2.2" it stays a decision: the seeds' annotation counts those parents, the real corpus's does not,
 * and the seeds win.)
 */
final class SubItems {

    private static final Pattern LETTER = Pattern.compile("^([а-е])\\)\\s");
    private static final Pattern VERB_BEFORE_COLON = Pattern.compile(
            "[,\\s]*(?:рекомендовать|поручить|предложить|просить)\\s*:$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private SubItems() {
    }

    /** "1)" rather than "1.": the style of a sub-list. */
    static boolean isParenthesised(ClassifiedLine line) {
        return line.number() != null && line.number().depth() == 1 && line.number().length() > 0
                && line.text().charAt(line.number().length() - 1) == ')';
    }

    /** "а" for a line "а) рассмотреть …"; null for any other line. */
    static @Nullable String letter(String line) {
        Matcher m = LETTER.matcher(line);
        return m.lookingAt() ? m.group(1) : null;
    }

    /**
     * The item a sub-item hangs under: the previous item when it ends with a colon, or that item's own parent
     * when the previous one is an earlier sub-item of the same list. Null when the sub-item starts no list.
     */
    static @Nullable DecisionDraft owner(@Nullable DecisionDraft previous) {
        if (previous == null) {
            return null;
        }
        if (previous.endsWithColon() && !isSubItem(previous)) {
            return previous;
        }
        return isSubItem(previous) ? previous.parent : null;
    }

    /**
     * The heading a dash item hangs under when the item is an action of its own: "Рекомендовать руководителям
     * органов …:" over "- провести муниципальный этап;", "- направить работы …". A dash item that goes on with
     * the object ("Утвердить региональные проекты:" over "- по самоопределению …") stays part of its item.
     */
    static @Nullable DecisionDraft dashOwner(@Nullable DecisionDraft previous, String item, AddresseeParser addressees) {
        if (previous == null || !opensWithAction(item)) {
            return null;
        }
        if (previous.dashed) {
            return previous.parent;
        }
        return previous.endsWithColon() && !isSubItem(previous) && headsOnly(previous.text.toString(), addressees)
                ? previous : null;
    }

    private static boolean opensWithAction(String item) {
        String t = item.trim();
        int end = 0;
        while (end < t.length() && (Character.isLetter(t.charAt(end)) || t.charAt(end) == '-')) {
            end++;
        }
        return end > 0 && Character.isLowerCase(t.charAt(0)) && Words.isInfinitive(t.substring(0, end));
    }

    private static boolean isSubItem(DecisionDraft d) {
        return d.parent != null && (d.label != null || d.number != null && d.number.depth() == 1);
    }

    /** The item's text is nothing but an addressee heading (with a "рекомендовать"/"поручить" before the colon). */
    static boolean headsOnly(String text, AddresseeParser addressees) {
        String t = text.trim();
        if (!t.endsWith(":") || t.indexOf('\n') >= 0) {
            return false;
        }
        String heading = VERB_BEFORE_COLON.matcher(t).replaceFirst(":");
        return addressees.parse(heading).map(AddresseePhrase::heading).orElse(false);
    }
}
