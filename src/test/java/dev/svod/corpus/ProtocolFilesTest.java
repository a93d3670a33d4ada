package dev.svod.corpus;

import dev.svod.extraction.TextExtractor;
import dev.svod.parsing.ProtocolParser;
import dev.svod.parsing.RegionDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ProtocolFilesTest {

    private final ProtocolComposer composer = new ProtocolComposer(3, RegionDirectory.standard());

    @Test
    void render_twice_byteIdenticalInEveryFormat() {
        GeneratedProtocol protocol = composer.compose(0, ProtocolFormat.DOCX);
        for (ProtocolFormat format : ProtocolFormat.values()) {
            assertThat(ProtocolFiles.render(protocol.text(), format)).as(format.name())
                    .isEqualTo(ProtocolFiles.render(protocol.text(), format));
        }
    }

    @Test
    void render_extractedAndParsed_expectedDecisionNumbersInEveryFormat() {
        TextExtractor extractor = new TextExtractor(20_000_000, java.time.Duration.ofMinutes(2));
        ProtocolParser parser = new ProtocolParser();
        for (int i = 0; i < 6; i++) {
            ProtocolFormat format = ProtocolFormat.values()[i % 3];
            GeneratedProtocol protocol = composer.compose(i, format);
            String text = extractor.extract(ProtocolFiles.render(protocol.text(), format), protocol.name()).text();

            assertThat(parser.parse(text).decisions()).extracting(d -> d.number()).as(protocol.name() + " " + format)
                    .containsExactlyElementsOf(protocol.decisions().stream().map(ExpectedDecision::number).toList());
        }
    }

    @Test
    void write_sameSeedTwice_sameFilesAndTruth(@TempDir Path dir) throws IOException {
        CorpusCommand.write(dir.resolve("a"), 30, 9, "mixed");
        CorpusCommand.write(dir.resolve("b"), 30, 9, "mixed");

        List<Path> files = list(dir.resolve("a"));
        assertThat(files).hasSize(30);
        assertThat(files.stream().map(p -> p.getFileName().toString().replaceAll(".*\\.", "")).distinct())
                .containsExactlyInAnyOrder("docx", "pdf", "txt");
        for (Path file : files) {
            assertThat(dir.resolve("b").resolve(file.getFileName())).hasSameBinaryContentAs(file);
        }
        assertThat(CorpusCommand.truthFile(dir.resolve("b"))).hasSameTextualContentAs(CorpusCommand.truthFile(dir.resolve("a")));
        assertThat(Files.readAllLines(CorpusCommand.truthFile(dir.resolve("a")))).hasSize(30);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
