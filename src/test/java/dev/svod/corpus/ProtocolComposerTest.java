package dev.svod.corpus;

import dev.svod.parsing.ParsedProtocol;
import dev.svod.parsing.ProtocolParser;
import dev.svod.parsing.Region;
import dev.svod.parsing.RegionDirectory;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ProtocolComposerTest {

    private final ProtocolParser parser = new ProtocolParser();

    @Test
    void compose_sameSeedAndIndex_sameProtocol() {
        GeneratedProtocol first = new ProtocolComposer(42, RegionDirectory.standard()).compose(17, ProtocolFormat.TXT);
        GeneratedProtocol again = new ProtocolComposer(42, RegionDirectory.standard()).compose(17, ProtocolFormat.TXT);
        GeneratedProtocol otherSeed = new ProtocolComposer(43, RegionDirectory.standard()).compose(17, ProtocolFormat.TXT);

        assertThat(again).isEqualTo(first);
        assertThat(otherSeed.text()).isNotEqualTo(first.text());
    }

    @Test
    void compose_89Protocols_everyRegionOnce() {
        ProtocolComposer composer = new ProtocolComposer(7, RegionDirectory.standard());
        Set<String> regions = new HashSet<>();
        IntStream.range(0, 89).forEach(i -> regions.add(composer.compose(i, ProtocolFormat.TXT).region()));

        assertThat(regions).containsExactlyInAnyOrderElementsOf(
                RegionDirectory.standard().regions().stream().map(Region::name).toList());
    }

    @Test
    void compose_parsed_decisionNumbersAndRegionAsWritten() {
        ProtocolComposer composer = new ProtocolComposer(1, RegionDirectory.standard());
        int decisions = 0;
        for (int i = 0; i < 300; i++) {
            GeneratedProtocol generated = composer.compose(i, ProtocolFormat.TXT);
            ParsedProtocol parsed = parser.parse(generated.text());
            List<String> numbers = parsed.decisions().stream().map(d -> d.number()).toList();

            assertThat(numbers).as(generated.name()).isEqualTo(generated.decisions().stream().map(ExpectedDecision::number).toList());
            assertThat(parsed.region()).as(generated.name()).isEqualTo(generated.region());
            decisions += generated.decisions().size();
        }
        assertThat(decisions / 300.0).isBetween(17.0, 23.0);
    }
}
