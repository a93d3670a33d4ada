package dev.svod.parsing.eval;

import dev.svod.parsing.ParsedProtocol;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A folder of the real corpus: {@code X.txt} beside {@code X.gold.json}. The first line of each text,
 * {@code # source: …}, says where the page came from and is no part of the document, so it is dropped before
 * parsing.
 */
public final class CorpusFolder {

    private static final String SOURCE = "# source:";

    private CorpusFolder() {
    }

    /** Parses every annotated document of the folder and scores it; an absent folder gives an empty evaluation. */
    public static CorpusEvaluation evaluate(Path folder, Function<String, ParsedProtocol> parser) throws IOException {
        CorpusEvaluation evaluation = new CorpusEvaluation();
        for (Path annotation : annotations(folder)) {
            String name = annotation.getFileName().toString().replaceFirst("\\.gold\\.json$", "");
            CorpusGold gold;
            try (InputStream in = Files.newInputStream(annotation)) {
                gold = CorpusEvaluation.read(in);
            }
            Path text = folder.resolve(name + ".txt");
            if (Files.exists(text)) {
                evaluation.add(name, gold, parser.apply(documentText(Files.readString(text))));
            }
        }
        return evaluation;
    }

    public static List<Path> annotations(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
    }

    /** The document without its {@code # source:} line. */
    public static String documentText(String file) {
        String text = file.startsWith("\uFEFF") ? file.substring(1) : file;
        if (text.startsWith(SOURCE)) {
            int end = text.indexOf('\n');
            return end < 0 ? "" : text.substring(end + 1);
        }
        return text;
    }
}
