package dev.svod.parsing;

import java.util.ArrayList;
import java.util.List;

/** Quoted names in any of the quote styles protocols mix: «…», "…", “…”, „…“. */
final class Quotes {

    /** A quoted stretch: where its opening and closing marks stand, and what is between them. */
    record Quote(int start, int end, String content) {
    }

    private Quotes() {
    }

    /** The same text with every quote pair written as «…» (one character for one, so offsets hold). */
    static String toGuillemets(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                boolean opens = !open && (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1)));
                if (opens) {
                    out.append('«');
                    open = true;
                } else if (open) {
                    out.append('»');
                    open = false;
                } else {
                    out.append(c);
                }
            } else if (c == '“' || c == '„') {
                out.append('«');
            } else if (c == '”') {
                out.append('»');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The outermost quotes of a text, in order; unclosed ones are ignored. */
    static List<Quote> find(String text) {
        String t = toGuillemets(text);
        List<Quote> quotes = new ArrayList<>();
        int depth = 0;
        int start = -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '«') {
                if (depth == 0) {
                    start = i;
                }
                depth++;
            } else if (c == '»' && depth > 0) {
                depth--;
                if (depth == 0) {
                    String content = Words.squeeze(t.substring(start + 1, i));
                    if (!content.isEmpty()) {
                        quotes.add(new Quote(start, i, content));
                    }
                }
            }
        }
        return quotes;
    }
}
