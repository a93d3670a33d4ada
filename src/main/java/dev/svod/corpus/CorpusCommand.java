package dev.svod.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.svod.parsing.RegionDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

/**
 * `svod bench corpus`: writes N generated protocols into a folder, and what they hold (region, body, kind, date,
 * each decision's number, addressee and deadline kind; no text) as JSON lines in {@code <folder>.expected.jsonl}
 * beside it, so that an import of the folder never picks the truth up as a protocol.
 */
@Command(name = "corpus", description = "Write a deterministic corpus of generated protocols (TXT, DOCX, PDF).")
public class CorpusCommand implements Callable<Integer> {

    @Option(names = "--protocols", defaultValue = "1000")
    int protocols;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--out", required = true, description = "folder to write into (created)")
    Path out;

    @Option(names = "--format", defaultValue = "mixed", description = "txt, docx, pdf or mixed (half DOCX, 30 %% PDF, 20 %% TXT)")
    String format;

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        Summary summary = write(out, protocols, seed, format);
        System.out.printf("corpus: %d protocols, %d decisions, %.1f MB in %s (truth: %s) in %.1f s%n", protocols,
                summary.decisions(), summary.bytes() / 1e6, out, truthFile(out), (System.nanoTime() - started) / 1e9);
        return 0;
    }

    public record Summary(long decisions, long bytes) {
    }

    /** Writes the corpus in parallel; each protocol depends only on (seed, index), so the files are the same. */
    public static Summary write(Path folder, int count, long seed, String format) throws IOException {
        Files.createDirectories(folder);
        ProtocolComposer composer = new ProtocolComposer(seed, RegionDirectory.standard());
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        List<String> truth = IntStream.range(0, count).parallel().mapToObj(i -> {
            GeneratedProtocol protocol = composer.compose(i, formatOf(format, i));
            byte[] bytes = ProtocolFiles.render(protocol.text(), protocol.format());
            try {
                Files.write(folder.resolve(protocol.name() + "." + protocol.format().extension()), bytes);
                return json.writeValueAsString(new Truth(protocol.name() + "." + protocol.format().extension(),
                        bytes.length, protocol.region(), protocol.municipality(), protocol.issuingBody(), protocol.kind(),
                        protocol.date(), protocol.decisions()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
        Files.write(truthFile(folder), truth, StandardCharsets.UTF_8);
        long decisions = 0;
        long bytes = 0;
        for (String line : truth) {
            Truth t = json.readValue(line, Truth.class);
            decisions += t.decisions().size();
            bytes += t.bytes();
        }
        return new Summary(decisions, bytes);
    }

    public static Path truthFile(Path folder) {
        return folder.toAbsolutePath().resolveSibling(folder.getFileName() + ".expected.jsonl");
    }

    static ProtocolFormat formatOf(String format, int index) {
        if (!format.equalsIgnoreCase("mixed")) {
            return ProtocolFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        }
        int slot = index % 10;
        return slot < 5 ? ProtocolFormat.DOCX : slot < 8 ? ProtocolFormat.PDF : ProtocolFormat.TXT;
    }

    /** One line of the truth file. */
    public record Truth(String file, long bytes, String region, String municipality, String issuingBody, String kind,
                        java.time.LocalDate date, List<ExpectedDecision> decisions) {
    }
}
