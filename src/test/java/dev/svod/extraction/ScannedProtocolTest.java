package dev.svod.extraction;

import dev.svod.parsing.ParsedProtocol;
import dev.svod.parsing.ProtocolParser;
import dev.svod.protocol.Decision;
import dev.svod.testsupport.SeedProtocols;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A scanned page reads, through OCR and the parser, into the same decisions as its text. */
class ScannedProtocolTest {

    /** The start of the Smolensk collegium decision, bullets left out: header, addressee heading, decisions, deadlines. */
    private static List<String> page() {
        List<String> lines = Arrays.stream(SeedProtocols.text("smolensk-oblast_2021-12-09_kollegiya-reshenie").split("\\R"))
                .filter(l -> !l.isBlank() && !l.startsWith("-")).limit(18).toList();
        return SeedProtocols.wrap(String.join("\n", lines), 70);
    }

    @Test
    void ocrOfScannedPage_givesTheSameNumbersAddresseesAndDeadlinesAsTheText() {
        ProtocolParser parser = new ProtocolParser();
        ParsedProtocol fromText = parser.parse(String.join("\n", page()));

        String ocrText = new TextExtractor(1_000_000, Duration.ofMinutes(2)).extract(SeedProtocols.scannedPdf(page()), "scan.pdf").text();
        ParsedProtocol fromScan = parser.parse(ocrText);

        assertThat(fromText.decisions()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(fromScan.decisions()).extracting(Decision::number)
                .containsExactlyElementsOf(fromText.decisions().stream().map(Decision::number).toList());
        assertThat(fromScan.decisions()).extracting(d -> d.deadline().kind() + " " + d.deadline().from() + ".." + d.deadline().to())
                .containsExactlyElementsOf(fromText.decisions().stream()
                        .map(d -> d.deadline().kind() + " " + d.deadline().from() + ".." + d.deadline().to()).toList());
        assertThat(fromScan.decisions()).extracting(d -> d.addressees().stream().map(a -> a.name()).toList())
                .containsExactlyElementsOf(fromText.decisions().stream()
                        .map(d -> d.addressees().stream().map(a -> a.name()).toList()).toList());
    }
}
