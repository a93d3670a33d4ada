package dev.svod.parsing;

import dev.svod.parsing.eval.CorpusEvaluation;
import dev.svod.parsing.eval.CorpusFolder;
import dev.svod.parsing.eval.CorpusGold;
import dev.svod.parsing.eval.FieldScore;
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

class CorpusEvaluationTest {

    private static final String GOLD = """
            {"source": "https://example.org/p", "region": "Томская область", "date": "2008-04-29", "kind": "распоряжение",
             "issuingBody": "Администрация Томской области", "municipal": false, "hasTable": false,
             "decisions": [
               {"number": "1)", "text": "Обеспечить проведение конкурса",
                "addressees": [{"raw": "Департаменту общего образования Томской области", "kind": "REGIONAL_AUTHORITY"}],
                "deadline": {"kind": "DATE", "from": "2008-05-15", "to": "2008-05-15", "raw": "до 15 мая 2008 г."}},
               {"number": "2", "text": "Контроль за исполнением",
                "addressees": [{"raw": "заместителя Губернатора Томской области по социальной политике", "kind": "CONTROL"}]},
               {"number": "3", "text": "Опубликовать настоящее"}
             ]}
            """;

    @Test
    void add_readingsInOtherCaseAndLayout_countAsMatches() throws IOException {
        CorpusGold gold = CorpusEvaluation.read(new ByteArrayInputStream(GOLD.getBytes(StandardCharsets.UTF_8)));
        var parsed = new ParsedProtocol("Томская область", null, null, "Администрация Томской области", "распоряжение",
                null, LocalDate.of(2008, 4, 29), null, false, List.of(), List.of(
                new Decision("1", null, "Обеспечить прове-дение конкурса в мае", null,
                        List.of(new Addressee("Департамент общего образования Томской области (Иванов И.И.)",
                                "Департамент общего образования Томской области", AddresseeKind.REGIONAL_AUTHORITY)),
                        List.of(), new Deadline(DeadlineKind.DATE, null, LocalDate.of(2008, 5, 15), null, "до 15 мая 2008 г.", false),
                        List.of()),
                new Decision("2", null, "Контроль за исполнением распоряжения возложить", null, List.of(), List.of(),
                        Deadline.NONE, List.of()),
                new Decision("4", null, "Лишнее", null, List.of(), List.of(), Deadline.NONE, List.of())), null, null, null);

        CorpusEvaluation evaluation = new CorpusEvaluation();
        evaluation.add("tomsk", gold, parsed);

        assertThat(evaluation.score("decision")).contains(new FieldScore("decision", 2, 1, 1));
        assertThat(evaluation.score("addressee")).contains(new FieldScore("addressee", 1, 0, 1));
        assertThat(evaluation.score("addressee.kind")).contains(new FieldScore("addressee.kind", 1, 0, 0));
        assertThat(evaluation.score("deadline.dates")).contains(new FieldScore("deadline.dates", 1, 0, 0));
        assertThat(evaluation.score("kind")).contains(new FieldScore("kind", 1, 0, 0));
        assertThat(evaluation.misses()).anyMatch(m -> m.startsWith("tomsk / 3 / decision") && m.contains("not found"))
                .anyMatch(m -> m.startsWith("tomsk / 2 / addressee") && m.contains("CONTROL"));
        assertThat(evaluation.groupReport()).contains("kind распоряжение").contains("regional").contains("no table");
    }

    @Test
    void documentText_sourceLine_isDropped() {
        assertThat(CorpusFolder.documentText("# source: https://example.org\nПРИКАЗ\n1. Утвердить")).isEqualTo("ПРИКАЗ\n1. Утвердить");
    }
}
