package dev.svod.corpus;

import dev.svod.protocol.DeadlineKind;

import java.util.SplittableRandom;

import static dev.svod.corpus.Vocabulary.MONTHS;
import static dev.svod.corpus.Vocabulary.MONTHS_GENITIVE;

/** The ways protocols write a deadline (DESIGN §3), each with the kind the parser should read from it. */
final class DeadlineForms {

    /** @param text a "Срок…" line, or an inline "(до …)" to append to the decision's sentence */
    record Written(String text, boolean inline, DeadlineKind kind) {
    }

    private DeadlineForms() {
    }

    /** A deadline some months after the meeting, in the year of the meeting or the next. */
    static Written pick(SplittableRandom random, int year) {
        int y = year + random.nextInt(2);
        int month = random.nextInt(12);
        int day = 1 + random.nextInt(28);
        return switch (random.nextInt(14)) {
            case 0 -> line(String.format("Срок: до %02d.%02d.%d г.", day, month + 1, y), DeadlineKind.DATE);
            case 1 -> line(String.format("Срок: до %02d.%02d. %d г.", day, month + 1, y), DeadlineKind.DATE);
            case 2 -> line("Срок – до " + day + " " + MONTHS_GENITIVE.get(month) + " " + y + " г.", DeadlineKind.DATE);
            case 3 -> line("Срок: " + day + " " + MONTHS_GENITIVE.get(month) + " " + y + " года", DeadlineKind.DATE);
            // RELATIVE, UNSPECIFIED and day ranges share ONGOING's draw, split by the day already drawn, so that
            // the random stream (and every corpus generated before them) stays the same.
            case 4 -> switch (day % 4) {
                case 1 -> line("Срок: в течение 10 дней со дня подписания протокола", DeadlineKind.RELATIVE);
                case 2 -> line("Срок: в установленные сроки", DeadlineKind.UNSPECIFIED);
                case 3 -> line("Срок: с " + day + " по " + Math.min(28, day + 5) + " " + MONTHS_GENITIVE.get(month) + " " + y
                        + " года", DeadlineKind.RANGE);
                default -> line("Срок: постоянно", DeadlineKind.ONGOING);
            };
            case 5 -> line("Срок – постоянно, с представлением итогов 1 раз в год", DeadlineKind.ONGOING);
            case 6 -> line("Срок: ежеквартально, в срок до 5 числа месяца, следующего за отчетным", DeadlineKind.PERIODIC);
            case 7 -> line("Срок: " + MONTHS.get(month) + " " + y + " года", DeadlineKind.MONTH);
            case 8 -> {
                int end = Math.min(11, month + 1 + random.nextInt(4));
                yield line("Срок: " + MONTHS.get(month) + "-" + MONTHS.get(end) + " " + y + " года", DeadlineKind.RANGE);
            }
            case 9 -> line("Срок: в течение " + y + " года", DeadlineKind.YEAR);
            case 10 -> inline(String.format("(до %02d.%02d.%d)", day, month + 1, y), DeadlineKind.DATE);
            case 11 -> inline("(" + MONTHS.get(month) + " " + y + ")", DeadlineKind.MONTH);
            case 12 -> line(String.format("Срок: до %02d.%02d.%d", day, month + 1, y), DeadlineKind.DATE);
            default -> line("Срок исполнения: до " + day + " " + MONTHS_GENITIVE.get(month) + " " + y + " года", DeadlineKind.DATE);
        };
    }

    private static Written line(String text, DeadlineKind kind) {
        return new Written(text, false, kind);
    }

    private static Written inline(String text, DeadlineKind kind) {
        return new Written(text, true, kind);
    }
}
