package dev.svod.calendar;

import dev.svod.protocol.Addressee;
import dev.svod.protocol.AddresseeKind;
import dev.svod.search.DecisionHit;

import java.time.LocalDate;
import java.util.List;

/** Decision hits as the search answers them, with only what the calendar reads filled in. */
final class CalendarHits {

    private CalendarHits() {
    }

    static DecisionHit hit(String decisionId, String kind, LocalDate from, LocalDate to, String recurrence) {
        return new DecisionHit("p1", decisionId, "1.2", "Представить отчёт о ходе реализации программы наставничества.",
                null, "Смоленская область", null, null, "решение коллегии", LocalDate.of(2021, 12, 9), "reshenie.txt",
                List.of(new Addressee("ГАУ ДПО СОИРО", "ГАУ ДПО СОИРО", AddresseeKind.DEVELOPMENT_INSTITUTE)),
                List.of(), new DecisionHit.HitDeadline(kind, from, to, recurrence, "срок", false), 1, List.of());
    }
}
