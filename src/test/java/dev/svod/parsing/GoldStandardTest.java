package dev.svod.parsing;

import dev.svod.parsing.eval.FieldScore;
import dev.svod.parsing.eval.GoldEvaluation;
import dev.svod.parsing.eval.GoldProtocol;
import dev.svod.testsupport.SeedProtocols;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The parser against hand-written annotations of the five seed protocols (src/test/resources/gold). */
class GoldStandardTest {

    private final ProtocolParser parser = new ProtocolParser();

    @Test
    void parse_seedProtocols_matchesGoldOnEveryField() throws IOException {
        GoldEvaluation evaluation = new GoldEvaluation();
        for (String name : SeedProtocols.NAMES) {
            evaluation.add(gold(name), parser.parse(SeedProtocols.text(name)));
        }
        System.out.println("Parser against the gold annotations of " + SeedProtocols.NAMES.size() + " seed protocols:");
        System.out.print(evaluation.report());

        assertThat(evaluation.mismatches()).isEmpty();
        assertThat(evaluation.scores()).allSatisfy(s -> {
            assertThat(s.precision()).as(s.field() + " precision").isEqualTo(1.0);
            assertThat(s.recall()).as(s.field() + " recall").isEqualTo(1.0);
        });
        assertThat(evaluation.scores()).extracting(FieldScore::field)
                .contains("region", "issuingBody", "kind", "date", "draft", "number", "decision", "parent", "addressee",
                        "persons", "deadline.kind", "deadline.from", "deadline.to", "deadline.shared");
    }

    @Test
    void parse_seedProtocolsHardWrapped_keepsDecisionsAndDeadlines() throws IOException {
        for (String name : SeedProtocols.NAMES) {
            String wrapped = String.join("\n", SeedProtocols.wrap(SeedProtocols.text(name), 90));
            GoldEvaluation evaluation = new GoldEvaluation();
            evaluation.add(gold(name), parser.parse(wrapped));

            assertThat(evaluation.scores()).filteredOn(s -> s.field().equals("decision") || s.field().startsWith("deadline")
                            || s.field().equals("parent") || s.field().equals("addressee"))
                    .as(name + " wrapped at 90 columns: " + evaluation.mismatches())
                    .allSatisfy(s -> assertThat(s.recall()).isEqualTo(1.0));
        }
    }

    private static GoldProtocol gold(String name) throws IOException {
        try (InputStream in = GoldStandardTest.class.getResourceAsStream("/gold/" + name + ".json")) {
            assertThat(in).as("gold for " + name).isNotNull();
            return GoldEvaluation.read(in);
        }
    }
}
