package dev.svod.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.svod.parsing.ParsedProtocol;
import dev.svod.parsing.eval.CorpusEvaluation;
import dev.svod.parsing.eval.CorpusFolder;
import dev.svod.parsing.eval.FieldScore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an earlier parser version read from the real documents, as `./svod parse` of that version printed it (one
 * JSON object a line with the file it read), looked up by the document's text: the baseline the parser's figures
 * are reported beside. Fields the earlier version did not have are empty.
 */
final class BaselineReadings {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Map<String, ParsedProtocol> byText;

    private BaselineReadings(Map<String, ParsedProtocol> byText) {
        this.byText = byText;
    }

    static BaselineReadings read(List<Path> files) {
        Map<String, ParsedProtocol> byText = new HashMap<>();
        try {
            for (Path file : files) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode node = JSON.readTree(line);
                    String text = CorpusFolder.documentText(Files.readString(Path.of(node.get("file").asText()), StandardCharsets.UTF_8));
                    byText.put(text.strip(), JSON.treeToValue(node, ParsedProtocol.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BaselineReadings(byText);
    }

    int size() {
        return byText.size();
    }

    /** The earlier reading of a document, or an empty one when the earlier run did not read it. */
    ParsedProtocol reading(String text) {
        ParsedProtocol parsed = byText.get(text.strip());
        return parsed != null ? parsed : new ParsedProtocol(null, null, null, null, null, null, null, null, false,
                List.of(), List.of(), null, null, null);
    }

    static String compare(String set, CorpusEvaluation earlier, CorpusEvaluation now) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-16s %12s %12s%n", set, "baseline F1", "now F1"));
        for (FieldScore s : now.scores()) {
            double before = earlier.score(s.field()).map(CorpusEvaluation::f1).orElse(0.0);
            out.append(String.format(Locale.ROOT, "%-16s %12.3f %12.3f%n", s.field(), before, CorpusEvaluation.f1(s)));
        }
        return out.toString();
    }
}
