package dev.svod.parsing.eval;

import io.micronaut.core.annotation.Nullable;

import java.util.Locale;

/**
 * The corpus annotates a document's kind in a closed list (протокол, решение, решение коллегии, приказ,
 * распоряжение, постановление, план мероприятий, резолюция, поручения, other); the parser keeps the kind as
 * printed with its qualifier ("протокол заседания", "решение ГМС"). This maps the printed kind onto the list.
 */
final class KindCategory {

    private KindCategory() {
    }

    static @Nullable String of(@Nullable String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        String k = kind.toLowerCase(Locale.ROOT).replace('ё', 'е').trim();
        if (k.startsWith("выписка из ")) {
            k = k.substring("выписка из ".length());
        }
        if (k.startsWith("решени") && k.contains("коллеги")) {
            return "решение коллегии";
        }
        if (k.startsWith("протокол")) {
            return "протокол";
        }
        if (k.startsWith("план") || k.startsWith("дорожн") || k.contains("график")) {
            return "план мероприятий";
        }
        for (String category : new String[] {"решение", "приказ", "распоряжение", "постановление", "резолюция", "поручения"}) {
            if (k.startsWith(category.substring(0, category.length() - 2))) {
                return category;
            }
        }
        return "other";
    }
}
