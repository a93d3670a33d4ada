package dev.svod.parsing;

import dev.svod.protocol.AgendaItem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The agenda: the items under "Повестка" with the speakers named for them ("Докладчик: …", "(Иванов И.И.)"),
 * or, when a protocol has no "Повестка", its section titles with the people heard under each (СЛУШАЛИ).
 */
final class AgendaParser {

    private static final Pattern SPEAKERS = Pattern.compile(
            "^(?:Докладчик|Докладчики|Содокладчик|Содокладчики|Выступающ|Информация|Ответственн)[а-яё]*",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

    private static final Pattern SPEAKERS_INSIDE = Pattern.compile(
            "[.,;]?\\s*\\(?(?:Докладчик|Докладчики|Содокладчик|Содокладчики|Выступающ[а-яё]*|Информация)\\s*[:–—-]",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

    private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,5})\\.\\s+");

    private AgendaParser() {
    }

    static List<AgendaItem> parse(Segments segments) {
        return segments.agenda.isEmpty() ? fromSections(segments) : fromAgenda(segments.agenda);
    }

    private static List<AgendaItem> fromAgenda(List<ClassifiedLine> lines) {
        List<Item> items = new ArrayList<>();
        Item current = null;
        for (ClassifiedLine line : lines) {
            java.util.regex.Matcher roman = ROMAN.matcher(line.text());
            if (line.kind() == LineKind.NUMBERED) {
                current = new Item(line.number().printed(), line.rest());
                items.add(current);
            } else if (line.kind() == LineKind.TEXT && roman.lookingAt()) {
                current = new Item(roman.group(1), line.text().substring(roman.end()));
                items.add(current);
            } else if (SPEAKERS.matcher(line.text()).lookingAt() || (current != null && Persons.isNameOnly(line.text()))) {
                if (current != null) {
                    current.speakers.addAll(Persons.find(line.text()));
                }
            } else if (line.kind() == LineKind.BULLET || current == null) {
                current = new Item(null, line.rest());
                items.add(current);
            } else {
                current.title.append(' ').append(line.text());
            }
        }
        List<AgendaItem> out = new ArrayList<>();
        for (Item item : items) {
            String title = item.title.toString();
            java.util.regex.Matcher inside = SPEAKERS_INSIDE.matcher(title);
            if (inside.find() && inside.start() > 0) {
                item.speakers.addAll(Persons.find(title.substring(inside.start())));
                title = title.substring(0, inside.start());
            }
            title = DecisionParser.trimTitle(title);
            if (!title.isEmpty()) {
                item.speakers.addAll(Persons.inParentheses(title));
                out.add(new AgendaItem(item.number, title, new ArrayList<>(item.speakers)));
            }
        }
        return out;
    }

    private static List<AgendaItem> fromSections(Segments segments) {
        List<AgendaItem> out = new ArrayList<>();
        for (Segments.Block block : segments.blocks) {
            if (block.title == null || (block.number != null && block.title.equals(block.number.printed()))) {
                continue;
            }
            String title = block.number == null ? block.title : block.title.substring(block.number.length()).trim();
            String number = block.number == null ? null : block.number.printed();
            java.util.regex.Matcher roman = ROMAN.matcher(title);
            if (roman.lookingAt()) {
                number = roman.group(1);
                title = title.substring(roman.end()).trim();
            }
            Set<String> speakers = new LinkedHashSet<>(Persons.inParentheses(title));
            for (String heard : block.heard) {
                speakers.addAll(Persons.find(heard));
            }
            String trimmed = DecisionParser.trimTitle(title);
            if (!trimmed.isEmpty()) {
                out.add(new AgendaItem(number, trimmed, new ArrayList<>(speakers)));
            }
        }
        return out;
    }

    private static final class Item {
        final String number;
        final StringBuilder title;
        final Set<String> speakers = new LinkedHashSet<>();

        Item(String number, String title) {
            this.number = number;
            this.title = new StringBuilder(title);
        }
    }
}
