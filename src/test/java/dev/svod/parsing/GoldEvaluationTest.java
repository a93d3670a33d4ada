package dev.svod.parsing;

import dev.svod.parsing.eval.FieldScore;
import dev.svod.parsing.eval.GoldEvaluation;
import dev.svod.parsing.eval.GoldProtocol;
import dev.svod.protocol.Addressee;
import dev.svod.protocol.AddresseeKind;
import dev.svod.protocol.Deadline;
import dev.svod.protocol.DeadlineKind;
import dev.svod.protocol.Decision;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GoldEvaluationTest {

    private static final String GOLD = """
            {"protocol": "p", "region": "Амурская область", "kind": "протокол", "date": "2021-03-30", "draft": false,
             "addressees": {"MIN": {"name": "Министерство", "kind": "REGIONAL_AUTHORITY"}},
             "decisions": [
               {"number": "1", "text": "Утвердить", "deadline": {"kind": "DATE", "to": "2021-06-01"}},
               {"number": "2", "text": "Министерству", "addressees": ["MIN"], "persons": ["Яковлева С.В."]},
               {"number": "3", "text": "Обеспечить"}
             ]}
            """;

    @Test
    void add_partlyRightParse_countsPerFieldAndListsMismatches() throws IOException {
        GoldProtocol gold = GoldEvaluation.read(new ByteArrayInputStream(GOLD.getBytes(StandardCharsets.UTF_8)));
        ParsedProtocol parsed = new ParsedProtocol("Хабаровский край", null, null, null, "протокол", null,
                LocalDate.of(2021, 3, 30), null, false, List.of(), List.of(
                decision("1", "Утвердить план", new Deadline(DeadlineKind.DATE, null, LocalDate.of(2021, 6, 1), null, "до 01.06.2021", false)),
                new Decision("2", null, "Министерству обеспечить", null,
                        List.of(new Addressee("Министерству", "Министерство", AddresseeKind.REGIONAL_AUTHORITY)),
                        List.of(), Deadline.NONE, List.of()),
                decision("4", "Лишнее", Deadline.NONE)), null, null, null);

        GoldEvaluation evaluation = new GoldEvaluation();
        evaluation.add(gold, parsed);

        assertThat(score(evaluation, "region")).isEqualTo(new FieldScore("region", 0, 1, 1));
        assertThat(score(evaluation, "date")).isEqualTo(new FieldScore("date", 1, 0, 0));
        assertThat(score(evaluation, "decision")).isEqualTo(new FieldScore("decision", 2, 1, 1));
        assertThat(score(evaluation, "deadline.to")).isEqualTo(new FieldScore("deadline.to", 1, 0, 0));
        assertThat(score(evaluation, "addressee")).isEqualTo(new FieldScore("addressee", 1, 0, 0));
        assertThat(score(evaluation, "persons")).isEqualTo(new FieldScore("persons", 0, 0, 1));
        assertThat(score(evaluation, "decision").precision()).isEqualTo(2.0 / 3);
        assertThat(evaluation.mismatches()).anyMatch(m -> m.contains("region"))
                .anyMatch(m -> m.contains("decision 3") && m.contains("not found"))
                .anyMatch(m -> m.contains("decision 4") && m.contains("not in gold"));
        assertThat(evaluation.report()).contains("decision").contains("0.667");
    }

    private static Decision decision(String number, String text, Deadline deadline) {
        return new Decision(number, null, text, null, List.of(), List.of(), deadline, List.of());
    }

    private static FieldScore score(GoldEvaluation evaluation, String field) {
        return evaluation.scores().stream().filter(s -> s.field().equals(field)).findFirst().orElseThrow();
    }
}
