package dev.svod.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import io.micronaut.core.annotation.Nullable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The `next`/`after` paging cursor: the sort values of the last hit of a page, opaque to clients. Each value is
 * typed (l: long, d: double, s: string, n: null) and the list is URL-safe Base64.
 */
final class Cursor {

    private static final char SEPARATOR = '\u001f';

    private Cursor() {
    }

    static String encode(List<FieldValue> values) {
        StringBuilder s = new StringBuilder();
        for (FieldValue v : values) {
            if (!s.isEmpty()) {
                s.append(SEPARATOR);
            }
            if (v.isLong()) {
                s.append('l').append(v.longValue());
            } else if (v.isDouble()) {
                s.append('d').append(v.doubleValue());
            } else if (v.isString()) {
                s.append('s').append(v.stringValue());
            } else {
                s.append('n');
            }
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    static List<FieldValue> decode(@Nullable String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return List.of();
        }
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            List<FieldValue> values = new ArrayList<>();
            for (String part : s.split(String.valueOf(SEPARATOR), -1)) {
                char type = part.charAt(0);
                String value = part.substring(1);
                values.add(switch (type) {
                    case 'l' -> FieldValue.of(Long.parseLong(value));
                    case 'd' -> FieldValue.of(Double.parseDouble(value));
                    case 's' -> FieldValue.of(value);
                    case 'n' -> FieldValue.NULL;
                    default -> throw new IllegalArgumentException("type " + type);
                });
            }
            return values;
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw new InvalidQueryException("Курсор after повреждён; начните просмотр с первой страницы.");
        }
    }
}
