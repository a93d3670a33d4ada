package dev.svod.parsing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.svod.protocol.Deadline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A development tool, not a test: reads every gold deadline's {@code raw} text of a real-document corpus folder
 * with {@link DeadlineParser} (and the document's date) and prints where kind and dates disagree. It looks at
 * the deadline reading alone, apart from where the parser finds the deadline in a document.
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) dev.svod.parsing.DeadlineGoldCheck /work/corpus/real/dev
 * </pre>
 * It refuses a held-out folder (any path with a {@code test} segment): figures on it are not for tuning.
 */
public final class DeadlineGoldCheck {

    private DeadlineGoldCheck() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/work/corpus/real/dev").toAbsolutePath().normalize();
        for (Path part : dir) {
            if (part.toString().equals("test")) {
                throw new IllegalArgumentException("held-out folder: " + dir);
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ObjectMapper json = new ObjectMapper();
        int all = 0;
        int withRaw = 0;
        int kindOk = 0;
        int fullOk = 0;
        List<Path> golds;
        try (Stream<Path> files = Files.list(dir)) {
            golds = files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
        for (Path gold : golds) {
            JsonNode g = json.readTree(gold.toFile());
            LocalDate date = text(g, "date") == null ? null : LocalDate.parse(text(g, "date"));
            for (JsonNode d : g.path("decisions")) {
                JsonNode dl = d.path("deadline");
                String raw = text(dl, "raw");
                String kind = text(dl, "kind");
                if (kind == null) {
                    continue;
                }
                all++;
                if (raw == null || raw.isBlank()) {
                    continue;
                }
                withRaw++;
                Deadline got = DeadlineParser.parse(raw, date);
                boolean sameKind = got.kind().name().equals(kind);
                boolean sameDates = Objects.equals(str(got.from()), text(dl, "from")) && Objects.equals(str(got.to()), text(dl, "to"));
                kindOk += sameKind ? 1 : 0;
                fullOk += sameKind && sameDates ? 1 : 0;
                if (!(sameKind && sameDates)) {
                    out.printf("%-50s %-6s «%s» [doc %s]%n    gold %s %s..%s%n    got  %s %s..%s%s%n",
                            gold.getFileName().toString().replace(".gold.json", ""), text(d, "number"), raw, date,
                            kind, text(dl, "from"), text(dl, "to"), got.kind(), got.from(), got.to(),
                            got.anchor() == null ? "" : " anchor «" + got.anchor() + "»");
                }
            }
        }
        out.printf("%d documents, %d deadlines, %d with raw text: kind %d/%d (%.3f), kind+from+to %d/%d (%.3f)%n",
                golds.size(), all, withRaw, kindOk, withRaw, ratio(kindOk, withRaw), fullOk, withRaw, ratio(fullOk, withRaw));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
