package dev.svod.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.svod.extraction.ExtractionFailedException;
import dev.svod.extraction.TextExtractor;
import dev.svod.extraction.UnsupportedFormatException;
import dev.svod.parsing.ParsedProtocol;
import dev.svod.parsing.ProtocolParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** Prints what the parser reads from each file, one JSON object per line; needs no servers. */
@Command(name = "parse", description = "Parse protocol files (PDF, DOCX, DOC, RTF, ODT, HTML, TXT) and print JSON.")
class ParseCommand implements Callable<Integer> {

    static final int EXIT_SOME_FAILED = 1;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Override
    public Integer call() throws IOException {
        TextExtractor extractor = new TextExtractor(20_000_000, Duration.ofMinutes(2));
        ProtocolParser parser = new ProtocolParser();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        int failed = 0;
        for (Path file : files) {
            try {
                String text = extractor.extract(Files.readAllBytes(file), file.getFileName().toString()).text();
                ParsedProtocol parsed = parser.parse(text);
                ObjectNode node = json.createObjectNode().put("file", file.toString());
                node.setAll((ObjectNode) json.valueToTree(parsed));
                out.println(json.writeValueAsString(node));
            } catch (IOException | UnsupportedFormatException | ExtractionFailedException e) {
                failed++;
                System.err.println("svod parse: " + file + ": " + e.getMessage());
            }
        }
        return failed == 0 ? 0 : EXIT_SOME_FAILED;
    }
}
