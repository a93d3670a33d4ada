package dev.svod.parsing;

import java.util.List;
import java.util.OptionalInt;

/**
 * Cuts classified lines into {@link Segments} with a small state machine: HEADER until the agenda, a section or
 * the first decision; AGENDA after "Повестка"; HEARD after "СЛУШАЛИ"; DECISIONS after "РЕШИЛИ"/"Решение:" (or
 * at the first numbered line when a protocol has no such word); TRAILER from the signatures on. A line followed
 * by "СЛУШАЛИ" is the title of a new section ("1. О приоритетах …", "Вступительное слово").
 */
final class DocumentSegmenter {

    private enum State { HEADER, AGENDA, TITLE, HEARD, DECISIONS, TRAILER }

    private DocumentSegmenter() {
    }

    static Segments segment(List<ClassifiedLine> lines) {
        Segments s = new Segments();
        State state = State.HEADER;
        Segments.Block block = null;
        for (int i = 0; i < lines.size(); i++) {
            ClassifiedLine line = lines.get(i);
            ClassifiedLine next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            if (isSectionTitle(line, next)) {
                block = new Segments.Block(line.text(), line.number());
                s.blocks.add(block);
                state = State.TITLE;
                continue;
            }
            if (isRomanSection(line) && state != State.AGENDA && state != State.TRAILER) {
                block = new Segments.Block(line.text(), null);
                s.blocks.add(block);
                state = State.TITLE;
                continue;
            }
            OptionalInt topic = topicLine(line);
            if (topic.isPresent() && state != State.TRAILER) {
                block = new Segments.Block(null, null, topic.getAsInt());
                s.blocks.add(block);
                state = Words.lower(line.text()).contains("реш") ? State.DECISIONS : State.TITLE;
                continue;
            }
            switch (line.kind()) {
                case AGENDA_MARKER -> {
                    if (state == State.HEADER || state == State.AGENDA) {
                        state = State.AGENDA;
                        if (!line.rest().isEmpty()) {
                            s.agenda.add(LineClassifier.classify(line.rest(), i));
                        }
                    } else {
                        addTo(s, block, state, line);
                    }
                }
                case HEARD -> {
                    boolean sameSection = state == State.TITLE || (state == State.HEARD && line.number() == null);
                    if (block == null || !sameSection) {
                        block = new Segments.Block(line.number() == null ? null : line.number().printed(), line.number());
                        s.blocks.add(block);
                    }
                    if (!line.rest().isEmpty()) {
                        block.heard.add(line.rest());
                    }
                    state = State.HEARD;
                }
                case DECIDED -> {
                    if (state == State.HEADER && line.rest().isEmpty() && line.number() == null && Words.split(line.text()).size() > 6) {
                        s.header.add(line); // "… Правительство области постановляет:": the preamble still names issuer and date
                    }
                    if (block == null || !(state == State.TITLE || state == State.HEARD)) {
                        block = new Segments.Block(null, line.number());
                        s.blocks.add(block);
                    }
                    state = State.DECISIONS;
                    if (!line.rest().isEmpty()) {
                        block.lines.add(LineClassifier.classify(line.rest(), i));
                    }
                }
                case SIGNATURE, NAME_ONLY -> {
                    if (state == State.HEADER) {
                        s.header.add(line);
                    } else if (line.kind() == LineKind.NAME_ONLY && (state == State.HEARD || state == State.TITLE)) {
                        block.heard.add(line.text());
                        state = State.HEARD;
                    } else {
                        state = State.TRAILER;
                        s.trailer.add(line);
                    }
                }
                default -> {
                    State after = other(s, state, block, line, next);
                    if (after == State.DECISIONS && (block == null || state != State.DECISIONS && state != State.TITLE)) {
                        block = new Segments.Block(null, null);
                        s.blocks.add(block);
                    }
                    if (after == State.DECISIONS) {
                        block.lines.add(line);
                    } else if (after == State.TRAILER) {
                        s.trailer.add(line);
                    } else {
                        addTo(s, block, after, line);
                    }
                    state = after;
                }
            }
        }
        return s;
    }

    /** The state after an ordinary line (numbered, text, bullet, Срок…), given where we are. */
    private static State other(Segments s, State state, Segments.Block block, ClassifiedLine line, ClassifiedLine next) {
        return switch (state) {
            case HEADER -> line.kind() == LineKind.NUMBERED || headingBeforeItems(line, next) ? State.DECISIONS : State.HEADER;
            case AGENDA -> agendaRestarts(s, line) ? State.DECISIONS : State.AGENDA;
            case TITLE -> looksLikeDecision(line) ? State.DECISIONS : State.HEARD;
            case HEARD -> State.HEARD;
            case DECISIONS -> signatureTitle(line, next) ? State.TRAILER : State.DECISIONS;
            case TRAILER -> State.TRAILER;
        };
    }

    private static void addTo(Segments s, Segments.Block block, State state, ClassifiedLine line) {
        switch (state) {
            case HEADER -> s.header.add(line);
            case AGENDA -> s.agenda.add(line);
            case TRAILER -> s.trailer.add(line);
            default -> {
                if (block != null) {
                    block.heard.add(line.text());
                }
            }
        }
    }

    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("^[IVX]{1,5}\\.\\s+\\S");

    /** "I. О ходе подготовки к ГИА", "II. Разное": a section numbered in Roman figures. */
    static boolean isRomanSection(ClassifiedLine line) {
        return line.kind() == LineKind.TEXT && ROMAN.matcher(line.text()).lookingAt();
    }

    /** "По первому вопросу повестки:", "По второму вопросу решили:" — a short line naming an agenda item. */
    private static OptionalInt topicLine(ClassifiedLine line) {
        if (line.kind() != LineKind.TEXT || Words.split(line.text()).size() > 6) {
            return OptionalInt.empty();
        }
        return TopicOrdinals.of(line.text());
    }

    /** "1. О приоритетах …" or "Вступительное слово" right before "СЛУШАЛИ"; not an order ("Принять к сведению"). */
    static boolean isSectionTitle(ClassifiedLine line, ClassifiedLine next) {
        if (next == null || next.kind() != LineKind.HEARD || next.number() != null) {
            return false;
        }
        if (line.kind() != LineKind.TEXT && line.kind() != LineKind.NUMBERED) {
            return false;
        }
        String rest = line.rest();
        return rest.startsWith("О ") || rest.startsWith("Об ") || rest.startsWith("Обо ") || !Words.hasEarlyInfinitive(rest, 6);
    }

    /** "Министерству образования области:" right above "1. …": decisions begin without a "РЕШИЛИ" line. */
    private static boolean headingBeforeItems(ClassifiedLine line, ClassifiedLine next) {
        return line.kind() == LineKind.TEXT && next != null && next.kind() == LineKind.NUMBERED
                && AddresseeParser.isHeading(line.text());
    }

    /** A second "1." after the agenda's own items: the decisions began without a "Решение" line. */
    private static boolean agendaRestarts(Segments s, ClassifiedLine line) {
        if (line.kind() != LineKind.NUMBERED || line.number().depth() != 1 || line.number().parts().get(0) != 1) {
            return line.kind() == LineKind.DEADLINE;
        }
        return s.agenda.stream().anyMatch(a -> a.kind() == LineKind.NUMBERED && a.number().printed().equals("1"));
    }

    private static boolean looksLikeDecision(ClassifiedLine line) {
        return line.kind() == LineKind.NUMBERED || line.kind() == LineKind.DEADLINE || Words.hasEarlyInfinitive(line.rest(), 8);
    }

    /**
     * "Губернатор Амурской области" over "В.А. Орлов", or "Министр ______ Д.А. Захаров" on one line: a signature
     * after the decisions.
     */
    private static boolean signatureTitle(ClassifiedLine line, ClassifiedLine next) {
        if (line.kind() != LineKind.TEXT || Words.hasEarlyInfinitive(line.text(), 8)) {
            return false;
        }
        if (next != null && next.kind() == LineKind.NAME_ONLY) {
            return line.text().length() < 150;
        }
        return line.text().length() < 100 && SIGNED.matcher(line.text()).find();
    }

    private static final java.util.regex.Pattern SIGNED = java.util.regex.Pattern.compile(
            "^[А-ЯЁ][А-ЯЁа-яё.,\\s-]*?[\\s_]+[А-ЯЁ]\\.\\s?[А-ЯЁ]\\.\\s?[А-ЯЁ][а-яё-]+[\\s_]*$");
}
