package dev.svod.bench;

import dev.svod.parsing.ProtocolParser;
import dev.svod.parsing.eval.CorpusEvaluation;
import dev.svod.parsing.eval.CorpusFolder;
import dev.svod.parsing.eval.GoldEvaluation;
import dev.svod.parsing.eval.GoldProtocol;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * The parser against the hand-written gold annotations of the seeds (per-field precision and recall), then against
 * the real corpus's development set (per field, per kind of document, every miss), and its speed on a generated
 * 1,000-decision protocol. The held-out set is scored only when asked ({@code --held-out}), and only as figures.
 * Needs no servers.
 */
@Command(name = "parse", description = "Parser precision/recall per field against the seeds' gold and the real corpus, and parse time of 1,000 decisions.")
public class ParseBenchmark implements Callable<Integer> {

    private static final int DECISIONS = 1_000;
    private static final int RUNS = 15;

    @Option(names = "--gold", defaultValue = "src/test/resources/gold", description = "folder of <seed>.json annotations")
    Path gold;

    @Option(names = "--seeds", defaultValue = "src/test/resources/protocols", description = "folder of <seed>.txt protocols")
    Path seeds;

    @Option(names = "--real", defaultValue = "src/test/resources/real/dev",
            description = "folder of real documents X.txt with X.gold.json (the development set); every miss is listed")
    Path real;

    @Option(names = "--held-out", description = "also score the held-out set (figures only, never its misses)")
    boolean heldOut;

    @Option(names = "--held-out-folder", defaultValue = "src/test/resources/real/test", hidden = true)
    Path heldOutFolder;

    @Option(names = "--baseline", split = ",", description = "JSON lines of another parser's reading (`./svod parse` of the "
            + "real documents without their source line, run from an earlier version), scored beside this one")
    List<Path> baseline = List.of();

    @Override
    public Integer call() throws IOException {
        ProtocolParser parser = new ProtocolParser();
        GoldEvaluation evaluation = new GoldEvaluation();
        int protocols = 0;
        try (Stream<Path> files = Files.list(gold)) {
            for (Path annotation : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String name = annotation.getFileName().toString().replaceFirst("\\.json$", "");
                GoldProtocol expected;
                try (InputStream in = Files.newInputStream(annotation)) {
                    expected = GoldEvaluation.read(in);
                }
                evaluation.add(expected, parser.parse(Files.readString(seeds.resolve(name + ".txt"))));
                protocols++;
            }
        }
        System.out.printf("parser version %d against the gold annotations of %d protocols%n", ProtocolParser.VERSION, protocols);
        System.out.println(evaluation.report());

        CorpusEvaluation dev = CorpusFolder.evaluate(real, parser::parse);
        System.out.printf("real corpus, development set (%s, %d documents)%n", real, CorpusFolder.annotations(real).size());
        System.out.println(dev.report());
        System.out.println(dev.groupReport());
        System.out.printf("misses on the development set (%d): file / number / field: expected, got%n", dev.misses().size());
        dev.misses().forEach(m -> System.out.println("  " + m));
        System.out.println();
        CorpusEvaluation test = null;
        if (heldOut) {
            // Figures only: the held-out documents are never to be read or tuned on, so their misses stay unprinted.
            test = CorpusFolder.evaluate(heldOutFolder, parser::parse);
            System.out.printf("real corpus, HELD-OUT set (%d documents)%n", CorpusFolder.annotations(heldOutFolder).size());
            System.out.println(test.report());
            System.out.println(test.groupReport());
        }
        if (!baseline.isEmpty()) {
            BaselineReadings earlier = BaselineReadings.read(baseline);
            System.out.printf("F1 of the baseline (%d documents read by the earlier parser) and of this parser, same documents%n",
                    earlier.size());
            System.out.println(BaselineReadings.compare("development", CorpusFolder.evaluate(real, earlier::reading), dev));
            if (test != null) {
                System.out.println(BaselineReadings.compare("held-out", CorpusFolder.evaluate(heldOutFolder, earlier::reading), test));
            }
        }

        String big = syntheticProtocol(DECISIONS);
        for (int i = 0; i < 3; i++) {
            parser.parse(big);
        }
        long[] nanos = new long[RUNS];
        int parsed = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            parsed = parser.parse(big).decisions().size();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%,d-decision protocol (%,d characters): %d decisions read, median %.1f ms, slowest %.1f ms of %d runs%n",
                DECISIONS, big.length(), parsed, nanos[RUNS / 2] / 1e6, nanos[RUNS - 1] / 1e6, RUNS);
        return 0;
    }

    /** Numbered blocks of decisions under addressee headings with every kind of deadline. */
    public static String syntheticProtocol(int decisions) {
        String[] deadlines = {"Срок: до 01.12.2022 г.", "Срок – постоянно", "Срок: март-июнь 2023 года",
                "Срок: ежеквартально, до 5 числа месяца, следующего за отчетным", "Срок: в течение 2023 года",
                "Срок: февраль 2023 года"};
        StringBuilder text = new StringBuilder("ПРОТОКОЛ\nзаседания коллегии министерства образования Тверской области\n"
                + "от 15 марта 2022 года\n\nРЕШИЛИ:\n");
        int block = 0;
        for (int i = 0; i < decisions; i++) {
            if (i % 10 == 0) {
                block++;
                text.append(block).append(". Органам местного самоуправления, осуществляющим управление в сфере образования:\n");
            }
            text.append(block).append('.').append(i % 10 + 1).append(". Обеспечить реализацию программ наставничества и ")
                    .append("мониторинга качества образования в образовательных организациях (Иванова А.А.) ")
                    .append("в соответствии с дорожной картой проекта «500+».\n")
                    .append(deadlines[i % deadlines.length]).append('\n');
        }
        return text.toString();
    }
}
